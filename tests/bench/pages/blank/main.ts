import { markPainted } from '@/components/app/paint-mark';

document.getElementById('blank')!.textContent = 'Blank page';
markPainted();
