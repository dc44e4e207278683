// The troubleshooting page's reference data as the nb build generates it (plugins/lazy-translations).
import {findingReference} from '../../../plugins/lazy-translations';

export default findingReference({}, true);
