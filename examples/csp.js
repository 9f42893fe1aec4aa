// The JavaScript API on a page with a strict Content-Security-Policy.
import { mount, analyze } from '../standpoint/standpoint-embed.js';

const text = 'Chile demanded a 20 per cent cut in tariffs. "We expect an answer by May," said Chile\'s trade minister, Rosa Vidal.';
const widget = mount(document.getElementById('mounted'), { text, layers: ['quotes', 'numbers'], theme: 'dark' });
const report = analyze(text);
document.getElementById('count').textContent =
  `${report.quotes.length} quote, ${report.numbers.length} numbers, ${report.positions.length} position`;
// For the page tests: the handle, to update and destroy.
document.getElementById('mounted').standpoint = widget;
