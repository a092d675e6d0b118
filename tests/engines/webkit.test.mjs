// The core journeys in WebKit (WebKitWebDriver + MiniBrowser under Xvfb). See journeys.mjs.
import { runEngine } from './journeys.mjs';

runEngine('webkit');
