import { mountApp } from '@/components/app/mount';

mountApp('popup');
