'use strict';

// The image host page: files come from the picker, drag and drop or the clipboard; each
// is uploaded in its own request so that each gets its own progress bar and error.

const RECENT_KEY = 'iem.recent';
const RECENT_MAX = 50;
const ACCEPTED = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp'];
const maxBytes = Number(document.body.dataset.maxBytes) || 0;
const endpoint = location.pathname.replace(/\/+$/, '');

IEM.init({
  en: {
    'upload.limits': 'PNG, JPEG, GIF, WebP or BMP · up to {size}',
    'upload.waiting': 'Waiting…',
    'upload.sending': 'Uploading… {percent}%',
    'upload.processing': 'Checking the image…',
    'upload.done': 'Done · {width}×{height} {format}, {size}',
    'upload.tooBig': 'Too large: {size}; the limit is {limit}',
    'upload.notImage': 'Not an image this host accepts (PNG, JPEG, GIF, WebP, BMP)',
    'upload.network': 'Network error: the upload did not reach the server',
    'upload.failed': 'Refused ({status}): {message}',
    'upload.pasted': 'pasted image',
  },
  zh: {
    'upload.title': '图床',
    'upload.drop': '把图片拖到这里、按 Ctrl/Cmd+V 粘贴，或点击选择文件',
    'upload.limits': 'PNG、JPEG、GIF、WebP 或 BMP · 最大 {size}',
    'upload.recent': '最近上传（本浏览器）',
    'upload.clear': '清空列表',
    'upload.recentEmpty': '本浏览器还没有上传过图片。',
    'upload.copyMd': '复制 Markdown',
    'upload.waiting': '等待中…',
    'upload.sending': '上传中… {percent}%',
    'upload.processing': '正在检查图片…',
    'upload.done': '完成 · {width}×{height} {format}，{size}',
    'upload.tooBig': '文件太大：{size}，上限为 {limit}',
    'upload.notImage': '不是本图床接受的图片格式（PNG、JPEG、GIF、WebP、BMP）',
    'upload.network': '网络错误：上传没有到达服务器',
    'upload.failed': '被拒绝（{status}）：{message}',
    'upload.pasted': '粘贴的图片',
  },
});

/** Decimal units, like UPLOAD_MAX_BYTES=50000000 reads as 50 MB. */
function formatSize(bytes) {
  if (bytes < 1000) return bytes + ' B';
  if (bytes < 1000 * 1000) return (bytes / 1000).toFixed(1) + ' kB';
  return (bytes / 1000 / 1000).toFixed(1) + ' MB';
}

function markdown(url) {
  return '![](' + url + ')';
}

function showLimits() {
  const el = document.getElementById('limits');
  el.textContent = IEM.t('upload.limits', { size: maxBytes ? formatSize(maxBytes) : '—' });
}

// ---- recent uploads (localStorage) -------------------------------------------------

function loadRecent() {
  try {
    const list = JSON.parse(IEM.stored(RECENT_KEY) || '[]');
    return Array.isArray(list) ? list.filter((r) => r && typeof r.url === 'string') : [];
  } catch (e) {
    return [];
  }
}

function remember(result, name) {
  const list = loadRecent().filter((r) => r.url !== result.url);
  list.unshift({ url: result.url, name, width: result.width, height: result.height,
    format: result.format, bytes: result.bytes, at: Date.now() });
  IEM.store(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX)));
  renderRecent();
}

function renderRecent() {
  const ul = document.getElementById('recent');
  const list = loadRecent();
  ul.replaceChildren();
  document.getElementById('recent-empty').hidden = list.length > 0;
  document.getElementById('clear-recent').hidden = list.length === 0;
  for (const r of list) {
    // Only links this server made are shown; anything else in storage is ignored.
    if (!/^https?:\/\//.test(r.url)) continue;
    const li = document.createElement('li');
    const img = document.createElement('img');
    img.src = r.url;
    img.alt = '';
    img.loading = 'lazy';
    const body = document.createElement('div');
    body.className = 'r-body';
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    const meta = document.createElement('div');
    meta.className = 'r-meta';
    meta.textContent = [r.name, r.width && r.height ? r.width + '×' + r.height : '',
      r.bytes ? formatSize(r.bytes) : '', new Date(r.at || 0).toLocaleString()].filter(Boolean).join(' · ');
    body.append(a, meta);
    const copyUrl = document.createElement('button');
    copyUrl.type = 'button';
    copyUrl.className = 'button small secondary';
    copyUrl.textContent = IEM.t('common.copy');
    copyUrl.addEventListener('click', (e) => IEM.copy(r.url, e.currentTarget));
    const copyMd = document.createElement('button');
    copyMd.type = 'button';
    copyMd.className = 'button small secondary';
    copyMd.textContent = 'MD';
    copyMd.addEventListener('click', (e) => IEM.copy(markdown(r.url), e.currentTarget));
    li.append(img, body, copyUrl, copyMd);
    ul.append(li);
  }
}

// ---- the upload queue ---------------------------------------------------------------

function addItem(file) {
  const node = document.getElementById('item-template').content.firstElementChild.cloneNode(true);
  IEM.applyTo(node);
  const preview = URL.createObjectURL(file);
  node.querySelector('.thumb img').src = preview;
  node.querySelector('.name').textContent = file.name || IEM.t('upload.pasted');
  node.querySelector('.meta').textContent = formatSize(file.size);
  document.getElementById('queue').prepend(node);
  return node;
}

function setStatus(node, text, state) {
  node.querySelector('.item-status').textContent = text;
  node.classList.toggle('ok', state === 'ok');
  node.classList.toggle('failed', state === 'failed');
}

function showResult(node, result) {
  const url = node.querySelector('.result-url');
  const md = node.querySelector('.result-md');
  url.value = result.url;
  md.value = markdown(result.url);
  node.querySelector('.copy-url').addEventListener('click', (e) => IEM.copy(url.value, e.currentTarget));
  node.querySelector('.copy-md').addEventListener('click', (e) => IEM.copy(md.value, e.currentTarget));
  node.querySelector('.result').hidden = false;
  node.querySelector('progress').value = 100;
  setStatus(node, IEM.t('upload.done', { width: result.width, height: result.height,
    format: String(result.format).toUpperCase(), size: formatSize(result.bytes) }), 'ok');
  node.dataset.url = result.url;
}

function upload(file) {
  const node = addItem(file);
  const bar = node.querySelector('progress');
  if (maxBytes && file.size > maxBytes) {
    setStatus(node, IEM.t('upload.tooBig', { size: formatSize(file.size), limit: formatSize(maxBytes) }), 'failed');
    return;
  }
  if (file.type && !ACCEPTED.includes(file.type)) {
    setStatus(node, IEM.t('upload.notImage'), 'failed');
    return;
  }
  setStatus(node, IEM.t('upload.waiting'));
  const form = new FormData();
  form.append('file', file, file.name || 'pasted.png');
  const xhr = new XMLHttpRequest();
  xhr.open('POST', endpoint);
  xhr.responseType = 'json';
  xhr.upload.addEventListener('progress', (e) => {
    if (!e.lengthComputable) return;
    const percent = Math.floor((e.loaded / e.total) * 100);
    bar.value = percent;
    setStatus(node, percent >= 100 ? IEM.t('upload.processing') : IEM.t('upload.sending', { percent }));
  });
  xhr.addEventListener('load', () => {
    const body = xhr.response;
    if (xhr.status === 200 && body && typeof body.url === 'string') {
      showResult(node, body);
      remember(body, file.name || IEM.t('upload.pasted'));
    } else {
      const message = body && body.error ? body.error : xhr.statusText || 'error';
      setStatus(node, IEM.t('upload.failed', { status: xhr.status, message }), 'failed');
    }
  });
  xhr.addEventListener('error', () => setStatus(node, IEM.t('upload.network'), 'failed'));
  xhr.send(form);
}

function uploadAll(files) {
  for (const f of files) upload(f);
}

// ---- inputs: picker, drag and drop, paste -------------------------------------------

const input = document.getElementById('file-input');
input.addEventListener('change', () => {
  uploadAll(Array.from(input.files));
  input.value = '';
});

const zone = document.getElementById('dropzone');
let depth = 0;
document.addEventListener('dragenter', (e) => {
  if (!e.dataTransfer || !Array.from(e.dataTransfer.types).includes('Files')) return;
  depth++;
  zone.classList.add('over');
});
document.addEventListener('dragleave', () => {
  depth = Math.max(0, depth - 1);
  if (depth === 0) zone.classList.remove('over');
});
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  depth = 0;
  zone.classList.remove('over');
  if (e.dataTransfer && e.dataTransfer.files.length) uploadAll(Array.from(e.dataTransfer.files));
});

document.addEventListener('paste', (e) => {
  const data = e.clipboardData;
  if (!data) return;
  const files = Array.from(data.files || []);
  if (files.length === 0) {
    for (const item of Array.from(data.items || [])) {
      if (item.kind === 'file') {
        const f = item.getAsFile();
        if (f) files.push(f);
      }
    }
  }
  if (files.length) {
    e.preventDefault();
    uploadAll(files);
  }
});

document.getElementById('clear-recent').addEventListener('click', () => {
  IEM.store(RECENT_KEY, '[]');
  renderRecent();
});
document.addEventListener('iem:lang', () => { showLimits(); renderRecent(); });

showLimits();
renderRecent();
