import type { CommuneSettings, SchoolSite } from '../domain/index.js';

/*
 * The demo communes and their schools: what both the demo families
 * (families.ts) and the demo camps (camps.ts) build on, kept apart so that the
 * camps, loaded on demand, do not pull the families in.
 */

/**
 * The demo's commune: `be` (Mont-Saint-Guibert, Belgium) or `fr`
 * (Coudekerque-Branche, France). Mont-Saint-Guibert writes its texts in the
 * four languages; Coudekerque-Branche in French only (its service name and
 * school grades are plain strings), so the elements show them in French,
 * marked `lang="fr"`, to a Dutch, German or English reader.
 */
export type DemoProfile = 'be' | 'fr';

export const communes: Record<DemoProfile, CommuneSettings> = {
  be: {
    id: 'mont-saint-guibert',
    postcodes: ['1435'],
    name: 'Commune de Mont-Saint-Guibert',
    country: 'BE',
    nationalNumber: 'required',
    language: 'fr',
    serviceName: {
      fr: 'Service Accueil Extrascolaire',
      nl: 'Dienst Buitenschoolse Opvang',
      de: 'Dienst für außerschulische Betreuung',
      en: 'Out-of-School Care Service',
    },
    contactEmail: 'accueil.extrascolaire@mont-saint-guibert.example',
    contactPhone: '+3210658877',
    healthFormValidityMonths: 12,
    notice: {
      fr: 'Si vous bénéficiez d’une aide du CPAS, signalez-le au Service Accueil Extrascolaire : des réductions sont possibles.',
      nl: 'Krijgt u steun van het OCMW? Meld het aan de Dienst Buitenschoolse Opvang: kortingen zijn mogelijk.',
      de: 'Erhalten Sie Unterstützung vom ÖSHZ? Teilen Sie es dem Dienst für außerschulische Betreuung mit: Ermäßigungen sind möglich.',
      en: 'If you receive help from the CPAS (public social welfare centre), tell the Out-of-School Care Service: reductions are possible.',
    },
  },
  fr: {
    id: 'coudekerque-branche',
    postcodes: ['59210'],
    name: 'Ville de Coudekerque-Branche',
    country: 'FR',
    nationalNumber: 'hidden',
    language: 'fr',
    serviceName: 'Guichet Unique',
    contactEmail: 'guichet.unique@coudekerque-branche.example',
    contactPhone: '+33328297700',
  },
};

/** The school sites of each commune and the grades taught there. */
const grades = {
  be: [
    {
      id: 'm1',
      label: {
        fr: '1re maternelle',
        nl: '1ste kleuterklas',
        de: '1. Kindergartenjahr',
        en: 'Nursery year 1',
      },
    },
    {
      id: 'm2',
      label: { fr: '2e maternelle', nl: '2de kleuterklas', de: '2. Kindergartenjahr', en: 'Nursery year 2' },
    },
    {
      id: 'm3',
      label: { fr: '3e maternelle', nl: '3de kleuterklas', de: '3. Kindergartenjahr', en: 'Nursery year 3' },
    },
    {
      id: 'p1',
      label: { fr: '1re primaire', nl: '1ste leerjaar', de: '1. Primarschuljahr', en: 'Primary year 1' },
    },
    {
      id: 'p2',
      label: { fr: '2e primaire', nl: '2de leerjaar', de: '2. Primarschuljahr', en: 'Primary year 2' },
    },
    {
      id: 'p3',
      label: { fr: '3e primaire', nl: '3de leerjaar', de: '3. Primarschuljahr', en: 'Primary year 3' },
    },
    {
      id: 'p4',
      label: { fr: '4e primaire', nl: '4de leerjaar', de: '4. Primarschuljahr', en: 'Primary year 4' },
    },
    {
      id: 'p5',
      label: { fr: '5e primaire', nl: '5de leerjaar', de: '5. Primarschuljahr', en: 'Primary year 5' },
    },
    {
      id: 'p6',
      label: { fr: '6e primaire', nl: '6de leerjaar', de: '6. Primarschuljahr', en: 'Primary year 6' },
    },
  ],
  fr: [
    { id: 'ps', label: 'Petite section' },
    { id: 'ms', label: 'Moyenne section' },
    { id: 'gs', label: 'Grande section' },
    { id: 'cp', label: 'CP' },
    { id: 'ce1', label: 'CE1' },
    { id: 'ce2', label: 'CE2' },
    { id: 'cm1', label: 'CM1' },
    { id: 'cm2', label: 'CM2' },
  ],
};
export const schools: Record<DemoProfile, SchoolSite[]> = {
  be: [
    { id: 'centre', name: 'École communale du Centre', grades: grades.be },
    {
      id: 'corbais',
      name: 'École communale de Corbais',
      grades: grades.be.filter((grade) => grade.id !== 'p6'),
    },
    { id: 'hevillers', name: 'École communale d’Hévillers', grades: grades.be.slice(0, 6) },
  ],
  fr: [
    { id: 'jaures', name: 'Groupe scolaire Jean Jaurès', grades: grades.fr },
    { id: 'pasteur', name: 'École maternelle Pasteur', grades: grades.fr.slice(0, 3) },
  ],
};
