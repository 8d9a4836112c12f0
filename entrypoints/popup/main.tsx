import { mountApp } from './mount';

mountApp('popup');
