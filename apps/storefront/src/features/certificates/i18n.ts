import { defineMessages } from '@bangfu/ui';

export const certificateMessages = defineMessages({
  'zh-CN': {
    verify: {
      statuses: {
        valid: '证书有效',
        suspended: '已暂停',
        revoked: '已撤销',
        expired: '已过期',
      },
      explain: {
        valid: '这是汉中市消费帮扶协会认定的真实证书，今天仍然有效。',
        suspended: '持证单位已被协会暂停销售，暂停期间证书不作为认定依据。',
        revoked: '协会已撤销这张证书，所列产品不再是认定的消费帮扶产品。',
        expired: '证书已过有效期，持证单位尚未续期。',
      },
      no: '证书编号',
      kind: '证书类型',
      kinds: { supplier: '供应商认定证书', product: '产品认定证书' },
      holder: '持证单位',
      product: '认定产品',
      county: '所在县区',
      validity: '有效期',
      validRange: '{{from}} 至 {{until}}',
      issuer: '发证机构',
      issuerName: '汉中市消费帮扶协会',
      checkedAt: '查验时间 {{time}}',
      qr: '证书查验二维码',
      scan: '扫码查验证书',
    },
  },
  en: {
    verify: {
      statuses: {
        valid: 'Valid certificate',
        suspended: 'Suspended',
        revoked: 'Revoked',
        expired: 'Expired',
      },
      explain: {
        valid: 'A genuine certificate of the Hanzhong Consumption Assistance Association, valid today.',
        suspended: 'The association has suspended the holder; while suspended, the certificate does not stand.',
        revoked: 'The association has revoked this certificate; its products are no longer certified.',
        expired: 'The certificate has run out and the holder has not renewed it.',
      },
      no: 'Certificate no.',
      kind: 'Type',
      kinds: { supplier: 'Supplier certificate', product: 'Product certificate' },
      holder: 'Holder',
      product: 'Product',
      county: 'County',
      validity: 'Valid',
      validRange: '{{from}} to {{until}}',
      issuer: 'Issued by',
      issuerName: 'Hanzhong Consumption Assistance Association',
      checkedAt: 'Checked {{time}}',
      qr: 'QR code to check the certificate',
      scan: 'Scan to check the certificate',
    },
  },
});
