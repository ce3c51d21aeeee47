'use strict';

IEM.init({
  en: {},
  zh: {
    'nav.secret': '生成密钥',
    'landing.title': '给 AI 助手用的图片工具',
    'landing.lead': '这是一个 MCP（Model Context Protocol）服务：Cherry Studio、Claude Desktop、MCP Inspector 等客户端连接后，即可获得查看、识别文字、定位、裁剪、旋转、生成和编辑图片的工具。它同时是一个图床，上传的图片有稳定的链接。',
    'landing.connect': '连接客户端',
    'landing.connectHelp': '在客户端中添加一个 Streamable HTTP 类型的 MCP 服务器，地址如下（把 {SECRET_KEY} 换成运维设置的密钥）：',
    'landing.cacheUrl': 'CACHE_URL 指向本机回环地址，但你是通过其他地址打开本页的：结果和上传图片的链接别人无法打开。请把 CACHE_URL 设为对外地址。',
    'landing.noSecret': '本服务器没有设置 SECRET_KEY：任何能访问到它的人都可以使用 MCP 接口和上传页面。',
    'landing.upload': '图床',
    'landing.uploadHelp': '上传图片，获得链接和 Markdown 代码。上传页面地址：',
    'landing.openUpload': '打开上传页面',
    'landing.key': '设置密钥',
    'landing.keyHelp': '密钥同时保护以上两个地址。在浏览器里随机生成一个，填入 SECRET_KEY。',
    'landing.openSecret': '生成密钥',
    'status.uptime': '已运行',
    'status.ai': 'AI 服务密钥',
    'status.aiYes': '已配置',
    'status.aiNo': '未配置（AI 工具会提示）',
  },
});

// A loopback CACHE_URL seen from another host name is the most common deployment slip:
// every link the server hands out would point to the reader's own machine.
(function warnAboutLoopbackCacheUrl() {
  const shown = document.getElementById('mcp-url').value;
  let cacheHost;
  try {
    cacheHost = new URL(shown.replace('{SECRET_KEY}', 'x')).hostname;
  } catch (e) {
    return;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]', '::1'];
  if (loopback.includes(cacheHost) && location.hostname !== cacheHost) {
    document.getElementById('cache-url-warning').hidden = false;
  }
})();
