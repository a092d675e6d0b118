// The core journeys in Firefox ESR (puppeteer-core over WebDriver BiDi). See journeys.mjs.
import { runEngine } from './journeys.mjs';

runEngine('firefox');
