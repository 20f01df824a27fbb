// the same load as today's URL: the atlas is the one the path names
export { load } from '../../../../stories/mine/+page';
