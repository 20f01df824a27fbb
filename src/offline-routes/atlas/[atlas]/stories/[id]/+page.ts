// the same load as the web page
export { load } from '../../../../../routes/(app)/stories/[id]/+page';
