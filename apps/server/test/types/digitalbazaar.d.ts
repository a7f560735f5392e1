// The Digital Bazaar libraries ship no type declarations; the tests use them only as an independent oracle.
declare module '@digitalbazaar/vc';
declare module '@digitalbazaar/data-integrity';
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
