'use strict';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random key of `length` characters from ALPHABET. 256 is not a multiple of 62, so a
 * plain `byte % 62` would favour the first 8 characters; bytes at or above 248 (4 * 62)
 * are thrown away instead, which leaves every character exactly equally likely.
 */
function generateKey(length) {
  const limit = 256 - (256 % ALPHABET.length);
  // getRandomValues fills at most 65536 bytes per call.
  const bytes = new Uint8Array(Math.min(65536, Math.max(32, length * 2)));
  let key = '';
  while (key.length < length) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) {
      if (b < limit && key.length < length) key += ALPHABET[b % ALPHABET.length];
    }
  }
  return key;
}

function show(key) {
  document.getElementById('secret-key').value = key;
  document.getElementById('env-line').textContent = 'SECRET_KEY=' + key;
  document.getElementById('docker-line').textContent =
    'docker run -d -e SECRET_KEY=' + key + ' -p 3000:3000 -v image-edit-mcp-data:/data image-edit-mcp:local';
  document.getElementById('urls').textContent =
    'MCP:    ' + location.origin + '/' + key + '/mcp\n' +
    IEM.t('secret.uploadLabel') + location.origin + '/' + key + '/upload';
}

IEM.init({
  en: { 'secret.uploadLabel': 'Upload: ' },
  zh: {
    'secret.title': '密钥生成器',
    'secret.lead': '在本浏览器中用 crypto.getRandomValues 生成的 16 位随机密钥（A–Z、a–z、0–9），不会发送到服务器。',
    'secret.again': '换一个',
    'secret.where': '填在哪里',
    'secret.env': '写入 jar 同目录下的 .env 文件（或 docker-compose 使用的 .env）：',
    'secret.docker': '或者作为环境变量传给容器：',
    'secret.restart': '重启服务。之后客户端使用以下地址：',
    'secret.keep': '知道密钥的人就能使用工具和上传图片，请像密码一样保管。密钥只含字母和数字，可以直接放进 URL。',
    'secret.uploadLabel': '图床:  ',
  },
});

let current = generateKey(16);
show(current);
document.getElementById('regenerate').addEventListener('click', () => {
  current = generateKey(16);
  show(current);
});
document.getElementById('copy-key').addEventListener('click', (e) => IEM.copy(current, e.currentTarget));
document.addEventListener('iem:lang', () => show(current));
