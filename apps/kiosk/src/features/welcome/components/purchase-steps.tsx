import { useTranslation } from 'react-i18next';

const STEPS = ['pick', 'scan', 'take'] as const;

/** How an unattended counter sale goes, for shoppers who have never used one. */
export function PurchaseSteps() {
  const { t } = useTranslation();
  return (
    <ol className="kiosk-steps">
      {STEPS.map((step, index) => (
        <li key={step}>
          <span className="kiosk-step-no" aria-hidden="true">
            {index + 1}
          </span>
          {t(`welcome.steps.${step}`)}
        </li>
      ))}
    </ol>
  );
}
