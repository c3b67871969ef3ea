import type { CommuneSettings, SchoolSite } from '../domain/index.js';

/*
 * The demo communes and their schools: what both the demo families
 * (families.ts) and the demo camps (camps.ts) build on, kept apart so that the
 * camps, loaded on demand, do not pull the families in.
 */

/** The demo's commune: `be` (Mont-Saint-Guibert, Belgium) or `fr` (Coudekerque-Branche, France). */
export type DemoProfile = 'be' | 'fr';

export const communes: Record<DemoProfile, CommuneSettings> = {
  be: {
    id: 'mont-saint-guibert',
    postcodes: ['1435'],
    name: 'Commune de Mont-Saint-Guibert',
    country: 'BE',
    nationalNumber: 'required',
    serviceName: 'Service Accueil Extrascolaire',
    contactEmail: 'accueil.extrascolaire@mont-saint-guibert.example',
    contactPhone: '+3210658877',
    healthFormValidityMonths: 12,
    notice:
      'Si vous bénéficiez d’une aide du CPAS, signalez-le au Service Accueil Extrascolaire : des réductions sont possibles.',
  },
  fr: {
    id: 'coudekerque-branche',
    postcodes: ['59210'],
    name: 'Ville de Coudekerque-Branche',
    country: 'FR',
    nationalNumber: 'hidden',
    serviceName: 'Guichet Unique',
    contactEmail: 'guichet.unique@coudekerque-branche.example',
    contactPhone: '+33328297700',
  },
};

/** The school sites of each commune and the grades taught there. */
const grades = {
  be: [
    { id: 'm1', label: '1re maternelle' },
    { id: 'm2', label: '2e maternelle' },
    { id: 'm3', label: '3e maternelle' },
    { id: 'p1', label: '1re primaire' },
    { id: 'p2', label: '2e primaire' },
    { id: 'p3', label: '3e primaire' },
    { id: 'p4', label: '4e primaire' },
    { id: 'p5', label: '5e primaire' },
    { id: 'p6', label: '6e primaire' },
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
