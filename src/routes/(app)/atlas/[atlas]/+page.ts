// the explorer's load: the atlas is the one the path names
export { load } from '../../+page';
