/** Redraws public/share.png (see src/cli/share-image.ts). */
import { writeShareImage } from '../src/cli/share-image';

await writeShareImage();
console.log('Wrote public/share.png');
