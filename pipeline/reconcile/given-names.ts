/**
 * Short forms of given names (hypocorisms) that no spelling rule can relate: Ted ↔ Theodore,
 * Bill ↔ William, Misha ↔ Mikhail. Each line is one group of equivalent forms (Latin, lower case).
 */
const GROUPS: readonly string[] = [
  'william bill billy will willy',
  'robert bob bobby rob robbie',
  'richard dick rick ricky rich',
  'thomas tom tommy',
  'theodore ted teddy theo',
  'edward ed eddie ned',
  'james jim jimmy jamie',
  'john jack johnny',
  'joseph joe joey',
  'michael mike mick mickey',
  'anthony tony',
  'christopher chris',
  'nicholas nick nicky',
  'daniel dan danny',
  'david dave davey',
  'andrew andy drew',
  'stephen steven steve',
  'peter pete',
  'samuel sam sammy',
  'matthew matt',
  'gregory greg',
  'jeffrey jeff',
  'lawrence larry',
  'gerald jerry',
  'alexander alex sasha aleksandr aleksander alexandre',
  'elizabeth liz lizzy beth betty eliza',
  'katherine catherine kate kathy katie',
  'margaret meg maggie peggy',
  'susan sue susie',
  'jennifer jenny jen',
  'patricia pat patty trish',
  'vladimir vlad volodya',
  'dmitry dmitri dima',
  'nikolai nikolay kolya',
  'mikhail misha',
  'sergey sergei seryozha',
  'ivan vanya',
  'aleksei alexei alexey lyosha alyosha',
  'yevgeny evgeny yevgeniy zhenya',
  'ekaterina yekaterina katya',
  'anastasia nastya',
  'tatiana tatyana tanya',
  'mohammed muhammad mohammad mohamed mohamad muhammed',
];

const GROUP_OF = new Map<string, number>();
GROUPS.forEach((line, i) => {
  for (const form of line.split(' ')) GROUP_OF.set(form, i);
});

/** Whether two given-name tokens are forms of one name. */
export function sameGivenName(a: string, b: string): boolean {
  const ga = GROUP_OF.get(a);
  return ga !== undefined && ga === GROUP_OF.get(b);
}
