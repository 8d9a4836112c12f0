import { mountApp } from './mount';

mountApp(document.getElementById('app')!.dataset.surface === 'sidepanel' ? 'sidepanel' : 'popup');
