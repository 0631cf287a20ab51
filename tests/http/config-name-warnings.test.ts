import { describe, expect, it } from 'vitest';
import { kioskLanguages, operations, type CentreConfigInput } from '@dintur/shared';
import type { TestServer } from '../support/test-server.js';
import { expectError, expectSuccess, serverPerTest } from './helpers.js';

async function getConfig(s: TestServer) {
  return expectSuccess(await s.request('GET', '/api/config', { token: s.adminToken }), operations.getConfig);
}

async function putConfig(s: TestServer, config: CentreConfigInput) {
  return expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: config }), operations.putConfig);
}

/** The configuration as a document to change and import again (without the answer's warnings). */
async function editableConfig(s: TestServer): Promise<CentreConfigInput> {
  const config: CentreConfigInput & { warnings?: unknown } = await getConfig(s);
  delete config.warnings;
  return config;
}

describe('names missing in a kiosk language', () => {
  const server = serverPerTest();

  it('are none in the shipped demo: every unit and service is named in all eight kiosk languages', async () => {
    const exported = await getConfig(server());
    expect(exported.warnings).toEqual([]);
    for (const named of [...exported.units, ...exported.services]) {
      expect(Object.keys(named.name).sort(), named.id).toEqual([...kioskLanguages].sort());
    }
  });

  it('are named in the answer to a save, which still saves: the kiosk shows English there meanwhile', async () => {
    const s = server();
    const config = await editableConfig(s);
    config.services.push({ id: 'name-certificate', unitId: 'borgerservice', prefix: 'N', name: { da: 'Navneattest', en: 'Name certificate', ar: 'شهادة الاسم' }, authority: 'simple-authority' });
    config.counters.find((counter) => counter.id === 'bs-4')?.services.push({ serviceId: 'name-certificate' });
    const unit = config.units.find((candidate) => candidate.id === 'social-centre')!;
    unit.name = { ...unit.name };
    delete unit.name.uk;
    delete unit.name.ur;

    const saved = await putConfig(s, config);
    expect(saved.warnings).toEqual([
      { path: 'units.2.name', kind: 'unit', id: 'social-centre', missing: ['uk', 'ur'], message: expect.stringContaining('uk, ur') },
      { path: `services.${config.services.length - 1}.name`, kind: 'service', id: 'name-certificate', missing: ['so', 'pl', 'uk', 'tr', 'ur'], message: expect.stringContaining('"name-certificate"') },
    ]);
    // Saved all the same, and the same warnings come with the export until the names are written.
    expect(saved.services.some((service) => service.id === 'name-certificate')).toBe(true);
    expect((await getConfig(s)).warnings).toEqual(saved.warnings);
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.services.find((service) => service.id === 'name-certificate')?.name).toEqual({ da: 'Navneattest', en: 'Name certificate', ar: 'شهادة الاسم' });

    const completed = await editableConfig(s);
    completed.units[2]!.name = { ...completed.units[2]!.name, uk: 'Соціальний центр', ur: 'سماجی مرکز' };
    const certificate = completed.services.find((service) => service.id === 'name-certificate')!;
    certificate.name = { ...certificate.name, so: 'Shahaadada magaca', pl: 'Zaświadczenie o nazwisku', uk: 'Довідка про ім’я', tr: 'İsim belgesi', ur: 'نام کا سرٹیفکیٹ' };
    expect((await putConfig(s, completed)).warnings).toEqual([]);
  });

  it('takes an exported document back with its warnings, which are not stored', async () => {
    const s = server();
    const config = await editableConfig(s);
    config.services[0]!.name = { da: 'Pas', en: 'Passport' };
    const saved = await putConfig(s, config);
    expect(saved.warnings.map((warning) => warning.id)).toEqual(['passport']);
    const again = await putConfig(s, saved);
    expect(again).toEqual(saved);
  });

  it('refuses a name in an unknown language code (400 naming it), and changes nothing', async () => {
    const s = server();
    const before = await getConfig(s);
    const config = await editableConfig(s);
    config.services[0]!.name = { ...config.services[0]!.name, ua: 'Паспорт' } as typeof config.services[0]['name'];
    const error = expectError(await s.request('PUT', '/api/config', { token: s.adminToken, body: config }), 400, 'invalid-config');
    expect(error.issues).toEqual([{ path: 'services.0.name', message: expect.stringContaining('"ua"') }]);
    expect(await getConfig(s)).toEqual(before);
  });
});
