// Shared by every page: the Chinese/English switch and copy-to-clipboard.
'use strict';

window.IEM = (function () {
  const LANG_KEY = 'iem.lang';
  const dict = { en: {}, zh: {} };
  let lang = 'en';

  function stored(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode: keep it in memory */ }
  }

  function preferredLang() {
    const saved = stored(LANG_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
    const wanted = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    return wanted.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  /** The text for key in the current language, with {name} placeholders filled. */
  function t(key, vars) {
    const text = dict[lang][key] ?? dict.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (m, name) => (vars && name in vars ? String(vars[name]) : m));
  }

  function applyTo(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => {
      const key = el.getAttribute('data-i18n');
      if (dict[lang][key] || dict.en[key]) el.textContent = t(key);
    });
  }

  function apply() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    applyTo(document);
    const sw = document.getElementById('lang-switch');
    if (sw) sw.textContent = lang === 'zh' ? 'English' : '中文';
    document.dispatchEvent(new CustomEvent('iem:lang', { detail: lang }));
  }

  function setLang(next) {
    lang = next;
    store(LANG_KEY, next);
    apply();
  }

  /** The pages are written in English: their own text is the English dictionary's fallback. */
  function harvest(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => {
      const key = el.getAttribute('data-i18n');
      if (!(key in dict.en)) dict.en[key] = el.textContent.trim();
    });
    root.querySelectorAll('template').forEach((tpl) => harvest(tpl.content));
  }

  /** Adds page texts and switches to the reader's language. Call once per page. */
  function init(pageDict) {
    for (const l of ['en', 'zh']) Object.assign(dict[l], common[l], pageDict[l]);
    harvest(document);
    lang = preferredLang();
    const sw = document.getElementById('lang-switch');
    if (sw) sw.addEventListener('click', () => setLang(lang === 'zh' ? 'en' : 'zh'));
    apply();
  }

  /** Copies text; falls back to a selection copy where the Clipboard API is not allowed (plain http). */
  async function copy(text, button) {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        ok = true;
      }
    } catch (e) { ok = false; }
    if (!ok) {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
    }
    if (button) {
      const label = button.textContent;
      button.textContent = ok ? t('common.copied') : t('common.copyFailed');
      button.classList.toggle('done', ok);
      setTimeout(() => { button.textContent = label; button.classList.remove('done'); }, 1500);
    }
    return ok;
  }

  const common = {
    en: { 'common.copy': 'Copy', 'common.copied': 'Copied', 'common.copyFailed': 'Select and copy by hand' },
    zh: { 'common.copy': '复制', 'common.copied': '已复制', 'common.copyFailed': '请手动选中复制' },
  };

  return { init, t, apply, applyTo, copy, stored, store, get lang() { return lang; } };
})();
