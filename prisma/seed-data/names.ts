// Realistic names for the demo businesses (one list per locale).
export const ITALIAN_NAMES = [
  ['Giulia', 'Rossi'], ['Marco', 'Bianchi'], ['Francesca', 'Romano'], ['Luca', 'Colombo'], ['Chiara', 'Ricci'],
  ['Alessandro', 'Marino'], ['Sara', 'Greco'], ['Matteo', 'Bruno'], ['Valentina', 'Gallo'], ['Davide', 'Conti'],
  ['Martina', 'De Luca'], ['Simone', 'Mancini'], ['Elena', 'Costa'], ['Federico', 'Giordano'], ['Alessia', 'Rizzo'],
  ['Andrea', 'Lombardi'], ['Silvia', 'Moretti'], ['Stefano', 'Barbieri'], ['Paola', 'Fontana'], ['Giorgio', 'Santoro'],
  ['Laura', 'Mariani'], ['Riccardo', 'Rinaldi'], ['Federica', 'Caruso'], ['Paolo', 'Ferrara'], ['Beatrice', 'Galli'],
  ['Nicola', 'Martini'], ['Ilaria', 'Leone'], ['Tommaso', 'Longo'], ['Anna', "D'Angelo"], ['Lorenzo', 'Gentile'],
] as const;

export const ENGLISH_NAMES = [
  ['Olivia', 'Smith'], ['George', 'Jones'], ['Amelia', 'Taylor'], ['Harry', 'Brown'], ['Isla', 'Williams'],
  ['Oliver', 'Wilson'], ['Ava', 'Johnson'], ['Jack', 'Davies'], ['Emily', 'Robinson'], ['Charlie', 'Wright'],
  ['Sophie', 'Thompson'], ['Thomas', 'Evans'], ['Grace', 'Walker'], ['James', 'White'], ['Lily', 'Roberts'],
  ['William', 'Green'], ['Freya', 'Hall'], ['Alfie', 'Wood'], ['Ella', 'Jackson'], ['Henry', 'Clarke'],
  ['Mia', 'Hughes'], ['Oscar', 'Edwards'], ['Evie', 'Turner'], ['Arthur', 'Hill'], ['Poppy', 'Moore'],
  ['Noah', 'Cooper'], ['Ruby', 'Ward'], ['Leo', 'Morris'], ['Chloe', "O'Brien"], ['Archie', 'Kaur'],
] as const;
