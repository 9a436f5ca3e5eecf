import { ERROR_CODES } from '@bangfu/contracts';
import { sharedMessages, type Messages } from '../../libs/ui/src/i18n/resources';

/** Every code an error answer may carry is worded in both languages, so no shopper meets the API's English. */
describe('error texts', () => {
  it.each(['zh-CN', 'en'] as const)('words every error code in %s', (language) => {
    const errors = sharedMessages[language].errors as Messages;
    expect(ERROR_CODES.filter((code) => typeof errors[code] !== 'string' || errors[code] === '')).toEqual([]);
  });

  it('words no code the API cannot answer with', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const worded = Object.keys(sharedMessages[language].errors as Messages).filter((key) => !['fallback', 'NETWORK_ERROR'].includes(key));
      expect(worded.filter((code) => !(ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    }
  });
});
