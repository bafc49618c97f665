import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/report/escape.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function visible(char) {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function textField(text, options = {}) {
  const escaped = text.replace(UNPRINTABLE, (char) => options.lineBreaks && char === "\n" ? char : visible(char));
  return escaped.replace(/##\[/g, "##\\[");
}
function textLine(line) {
  return /^\s*::/.test(line) ? line.replace(/::/, "\\::") : line;
}
var MARKDOWN_SPECIAL = /[&<>`*_[\]|~#\\$]/g;
function mdText(text) {
  return text.replace(/\r\n?/g, "\n").replace(MARKDOWN_SPECIAL, (char) => `&#${char.charCodeAt(0)};`).replace(UNPRINTABLE, (char) => char === "\n" ? "<br>" : visible(char));
}
function mdCode(text, options = {}) {
  const body = options.multiline ? mdText(text).replace(/(^|<br>)( +)/g, (_, start, spaces) => `${start}${"&#160;".repeat(spaces.length)}`) : mdText(text.replace(/[\r\n]/g, visible));
  return `<code>${body}</code>`;
}
function sarifText(text) {
  return text.replace(/\\(?=[[\]])/g, "\\\\").replace(/[[\]]/g, (char) => `\\${char}`);
}
function sarifUri(relativePath) {
  return relativePath.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function jsonText(json) {
  return json.replace(/##\[/g, "##\\u005b");
}

export {
  textField,
  textLine,
  mdText,
  mdCode,
  sarifText,
  sarifUri,
  jsonText
};
