import { AliyunSmsDouble } from '../../../../../test/support/aliyun-sms-double';
import { AliyunSmsSender } from './aliyun-sms-sender';
import { SmsNotSentError } from './sms-sender';

describe('AliyunSmsSender through a double of Aliyun SMS', () => {
  const double = new AliyunSmsDouble();
  let endpoint: string;

  beforeAll(async () => {
    endpoint = await double.start();
  });
  afterAll(() => double.stop());
  afterEach(() => (double.refuseWith = null));

  const sender = (secret = double.accessKeySecret) =>
    new AliyunSmsSender({ accessKeyId: double.accessKeyId, accessKeySecret: secret, signName: '帮扶集市', templateCode: 'SMS_300000001', endpoint });

  it('sends the code with the signature and template, signed as Aliyun checks', async () => {
    await sender().send({ phone: '13912345678', code: '042913', purpose: 'register' });
    expect(double.sent.at(-1)).toEqual({ phone: '13912345678', signName: '帮扶集市', templateCode: 'SMS_300000001', params: { code: '042913' } });
  });

  it('fails with the provider code when Aliyun refuses', async () => {
    double.refuseWith = 'isv.BUSINESS_LIMIT_CONTROL';
    await expect(sender().send({ phone: '13912345678', code: '111111', purpose: 'login' })).rejects.toMatchObject({ providerCode: 'isv.BUSINESS_LIMIT_CONTROL' });
  });

  it('fails when the request is signed with another secret', async () => {
    const sent = double.sent.length;
    await expect(sender('wrong-secret').send({ phone: '13912345678', code: '111111', purpose: 'login' })).rejects.toBeInstanceOf(SmsNotSentError);
    expect(double.sent).toHaveLength(sent);
  });
});
