// The ids (or id prefixes) of the seed and fixture postings the answer tables name: the seeds are
// numbered files (000_ ...), the fixtures in test/fixtures/answers have slugs of their titles.
export const K8S = 'cern-kubernetes-platform';
export const DESY = 'desy-roles-twiki';
export const ESRF = 'esrf-beamline-plain';
export const FNAL = 'fermilab-dune-plain';
export const GSI = 'gsi-cbm-email';
export const FINK = 'ijclab-rust-note';
export const INFN = 'infn-atlas-ml-ad';
export const SKAO = 'skao-telescope-control';
export const PPD = '000_';
export const DQM = '001_';
export const DIRAC = '002_';
export const XROOTD = '003_';
export const SUPPORT = '004_';
