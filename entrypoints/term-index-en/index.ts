import packed from 'virtual:term-index-full';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { leaveFactory } from '@/lib/injected';
import { ENGLISH_FULL_INDEX } from '@/lib/topics/index-keys';

/**
 * The English names with the glossary's (fluoroscopy, nerve root…), for the second stage. The
 * first stage, on every page, looks with the treatments' names only: a page that names none of
 * them shows no glossary word either, and never loads this.
 */
export default defineUnlistedScript(() => leaveFactory(ENGLISH_FULL_INDEX, packed));
