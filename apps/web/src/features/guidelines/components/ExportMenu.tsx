import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The file types the server exports a guideline as (`GET /guidelines/:id/export.<extension>`). */
const FORMATS = [
  { extension: 'md', labelKey: 'guidelines.export.markdown' },
  { extension: 'html', labelKey: 'guidelines.export.html' },
  { extension: 'docx', labelKey: 'guidelines.export.docx' },
  { extension: 'pdf', labelKey: 'guidelines.export.pdf' },
] as const;

/** Same origin as /graphql, so the session cookie goes along. */
export function guidelineExportUrl(guidelineId: string, extension: string): string {
  return `/guidelines/${encodeURIComponent(guidelineId)}/export.${extension}`;
}

/**
 * „Exportieren“: plain download links to the server's exports of the guideline's text as it is now
 * (what everyone in the editor sees), with its title, status, version, „Stand“ and licence.
 */
export function ExportMenu({ guidelineId }: { guidelineId: string }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default">{t('guidelines.export.button')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('guidelines.export.label')}</Menu.Label>
        {FORMATS.map((format) => (
          <Menu.Item
            key={format.extension}
            component="a"
            href={guidelineExportUrl(guidelineId, format.extension)}
            download
          >
            {t(format.labelKey)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
