// The JavaScript API on a page with a strict Content-Security-Policy.
import { mount, analyze } from '../standpoint/standpoint-embed.js';

const text = 'Chile demanded a 20 per cent cut in tariffs. "We expect an answer by May," said Chile\'s trade minister, Rosa Vidal.';
const widget = mount(document.getElementById('mounted'), { text, layers: ['quotes', 'numbers'], theme: 'dark' });
const report = analyze(text);
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
document.getElementById('count').textContent = [
  count(report.quotes.length, 'quote'), count(report.numbers.length, 'number'), count(report.positions.length, 'position'),
].join(', ');
// For the page tests: the handle, to update and destroy.
document.getElementById('mounted').standpoint = widget;
