import packed from 'virtual:term-index-es';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { leaveFactory } from '@/lib/injected';
import { SPANISH_INDEX } from '@/lib/topics/index-keys';

/**
 * The Spanish names, compiled at build time like the English ones (`virtual:term-index-es`).
 * The first stage asks the background to inject this script only on pages in Spanish, so an
 * English page never loads them.
 */
export default defineUnlistedScript(() => leaveFactory(SPANISH_INDEX, packed));
