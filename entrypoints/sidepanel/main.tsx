import { mountApp } from '@/components/app/mount';

mountApp('sidepanel');
