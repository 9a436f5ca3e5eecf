import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SkuInput, type ProductAdminView } from '@bangfu/contracts';
import { parseYuan } from '../../../lib/parse-yuan';
import { MAX_SKUS, NEW_SKU, type SkuRow } from '../product-form-values';
import { schemaRule } from '../../../lib/schema-rule';

const { spec: SpecRule, unit: UnitRule, priceFen: PriceRule, stock: StockRule } = SkuInput.shape;

export interface SkuRowsProps {
  /** The saved SKUs, for what each has available; absent for a new product. */
  saved: ProductAdminView['skus'] | undefined;
}

/**
 * One row per SKU: spec, unit, price in yuan and, for a SKU not saved yet, its opening stock. Saved SKUs stay (the
 * API keeps every SKU once created; their stock moves on the Stock page); rows added since can be removed again.
 */
export function SkuRows({ saved }: SkuRowsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List
      name="skus"
      rules={[{ validator: (_, rows: SkuRow[]) => (rows.length >= 1 && rows.length <= MAX_SKUS ? Promise.resolve() : Promise.reject(new Error(t('productEditor.skusInvalid', { max: MAX_SKUS })))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => {
            const id = form.getFieldValue(['skus', field.name, 'id']) as number | undefined;
            const available = saved?.find((s) => s.id === id)?.available;
            return (
              <Row key={field.key} gutter={12} className="sku-row" aria-label={t('productEditor.skuRow', { n: index + 1 })} role="group" align="top">
                <Col xs={24} md={7}>
                  <Form.Item name={[field.name, 'spec']} label={t('productEditor.spec')} rules={[schemaRule((v) => SpecRule.safeParse(v).success, t('productEditor.specInvalid'))]}>
                    <Input placeholder={t('productEditor.specPlaceholder')} maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'unit']} label={t('productEditor.unit')} rules={[schemaRule((v) => UnitRule.safeParse(v).success, t('productEditor.unitInvalid'))]}>
                    <Input placeholder={t('productEditor.unitPlaceholder')} maxLength={16} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    name={[field.name, 'price']}
                    label={t('productEditor.price')}
                    rules={[schemaRule((v) => PriceRule.safeParse(parseYuan(v as string | undefined)).success, t('productEditor.priceInvalid'))]}
                  >
                    <Input prefix="¥" inputMode="decimal" autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={16} md={4}>
                  {id === undefined ? (
                    <Form.Item
                      name={[field.name, 'stock']}
                      label={t('productEditor.openingStock')}
                      rules={[schemaRule((v) => StockRule.safeParse(v ?? 0).success, t('productEditor.openingStockInvalid'))]}
                    >
                      <InputNumber<number> precision={0} min={0} max={1_000_000} className="full-width" />
                    </Form.Item>
                  ) : (
                    <Form.Item label={t('productEditor.stock')} tooltip={t('productEditor.availableHint')}>
                      <Typography.Text type="secondary">{t('productEditor.available', { count: available ?? 0 })}</Typography.Text>
                    </Form.Item>
                  )}
                </Col>
                <Col xs={8} md={3} className="sku-remove">
                  {id === undefined && fields.length > 1 && (
                    <Button type="text" danger onClick={() => remove(field.name)} aria-label={`${t('productEditor.removeSku')} ${index + 1}`}>
                      {t('productEditor.removeSku')}
                    </Button>
                  )}
                </Col>
              </Row>
            );
          })}
          <Form.ErrorList errors={errors} />
          {fields.length < MAX_SKUS && (
            <Button type="dashed" onClick={() => add({ ...NEW_SKU })} block>
              + {t('productEditor.addSku')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
