import { mountApp } from '../popup/mount';

mountApp('sidepanel');
