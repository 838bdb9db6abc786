// `npm run typecheck` runs this first: the types generated from content/ (MessageKey...) must
// exist before tsc reads the code. `npm run dev` and `npm run build` write them too.
import { compileContent } from './content/compile';
import { ContentBuildError } from './content/errors';
import { writeContentTypes } from './content/write-types';

const root = process.cwd();
const { errors, types } = compileContent(root);
if (errors.length) {
  console.error(new ContentBuildError(errors).message);
  process.exit(1);
}
writeContentTypes(root, types);
