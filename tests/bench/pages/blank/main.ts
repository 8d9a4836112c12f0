import { markPainted } from '@/components/app/paint-mark';

markPainted();
