export { tempRoot } from '../support/temp-dir';
