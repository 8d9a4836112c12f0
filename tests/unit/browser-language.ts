// WXT's fake browser leaves `i18n.getUILanguage` unwritten: the unit tests' browser speaks American English, as
// the second line's default reads it (lib/settings.ts). A test of another language sets its own.
import { fakeBrowser } from 'wxt/testing/fake-browser';

fakeBrowser.i18n.getUILanguage = () => 'en-US';
