"""Speakers of short news passages in shapes unseen news writes (issue 15, Wikinews side).

Why: the tuning splits' canonical speakers are 0.90-1.00 while held-out Wikinews was
0.756; these passages, written for this test, try the general shapes a speaker takes (a
common noun later named, a surname whose full name came earlier or in the headline, a
title and a surname, names with initials, hyphens, apostrophes, particles and
diacritics, "the spokeswoman, Jane Roe,", a speaker named paragraphs before, two people
sharing a surname, an organisation, "a statement from the ministry", "a lawyer for X")
through the whole pipeline. The canonical speaker wanted is what the Wikinews guide asks
(titles dropped, a common-noun phrase naming nobody keeps no entity, a public body cited
by its bare noun is that noun). Shapes still read wrong are marked ``xfail`` (strict)
with the reason, most of them the entity model's name spans rather than speaker reading.
"""

from __future__ import annotations

import pytest

from tests.nlp.quote_support import canonical_speaker, passage_param

pytestmark = pytest.mark.slow  # 108 passages through the whole pipeline: about 30 s

#: (headline, text, words opening the quotation, canonical speaker wanted, why it still
#: fails or None).
PASSAGES = [
    ('Bridge closed after crack found',
     'A city engineer said the bridge would stay shut "until we know it is safe." The '
     'engineer, Marta Kowalczyk, said repairs could take months. "We will not take '
     'chances with people\'s lives," Kowalczyk said.',
     'We will not take', 'Marta Kowalczyk', None),
    ('Helen Okafor wins mayoral race in Port Ellis',
     'The former teacher took 54 per cent of the vote on Sunday. "This is a win for '
     'every neighbourhood," Okafor told supporters.',
     'This is a win', 'Helen Okafor',
     'a headline the model tags nothing in: the surname alone stays'),
    ('Factory to close',
     'Workers at the Dunmore plant learned on Tuesday that it will close in March. Union '
     'leader Patrick Brennan called the decision a betrayal. Management blamed falling '
     'orders. "They knew this for a year and told us nothing," Brennan said.',
     'They knew this', 'Patrick Brennan', None),
    ('Senator questions budget',
     'Senator Alicia Moreno questioned the budget on Monday. "The numbers simply do not '
     'add up," Sen. Moreno said in a statement.',
     'The numbers simply', 'Alicia Moreno', None),
    ('New clinic opens',
     'A new clinic opened in Harlow on Friday, led by Dr. Samuel Achebe. "Patients '
     'waited far too long," Dr. Achebe said.',
     'Patients waited', 'Samuel Achebe', None),
    ('Court rules on land dispute',
     'Judge Robert T. Halvorsen ruled for the farmers on Thursday. "The title deeds are '
     'clear," Halvorsen wrote.',
     'The title deeds', 'Robert T. Halvorsen', None),
    ('Minister resigns',
     'Health minister Anna Weber-Lindqvist resigned on Wednesday after a week of '
     'pressure. "I take full responsibility," Weber-Lindqvist said.',
     'I take full', 'Anna Weber-Lindqvist', 'the model splits a hyphenated surname (entity side)'),
    ('Fishing quotas cut',
     'Fisherman Declan O\'Sullivan has worked the bay for 30 years. "There is nothing '
     'left to catch," O\'Sullivan said.',
     'There is nothing', "Declan O'Sullivan", None),
    ('Striker signs new deal',
     'Striker José Peñalver signed a new three-year deal on Monday. "I am happy here," '
     'Peñalver said.',
     'I am happy here', 'José Peñalver', None),
    ('Airline cancels flights',
     'Northway Air cancelled 40 flights on Saturday because of the storm. "Safety comes '
     'first," the spokeswoman, Ingrid Salo, said.',
     'Safety comes first', 'Ingrid Salo', None),
    ('Flood defences fail',
     'River levels rose two metres overnight, said Gerald Finch, who runs the local '
     'flood warden group.\n\nMore than 200 homes were evacuated and schools were closed '
     'across the valley.\n\nEmergency crews worked through the night to pump water from '
     'the streets.\n\n"We warned the council about this wall in 2019," Finch said.',
     'We warned the council', 'Gerald Finch', None),
    ('Siblings open bakery',
     'Laura Chen and her brother Michael Chen opened their bakery in March. "We bake '
     'everything by hand," Laura Chen said. "It is hard work but worth it," said Michael '
     'Chen.',
     'It is hard work', 'Michael Chen', None),
    ('Carmaker recalls vehicles',
     'Veltra Motors is recalling 12,000 cars over a brake fault. "No injuries have been '
     'reported," Veltra Motors said in a statement.',
     'No injuries have', 'Veltra Motors', None),
    ('Ministry responds to strike',
     'Teachers walked out across Norland on Monday. "The strike is unlawful," said a '
     'statement from the Ministry of Education.',
     'The strike is unlawful', 'Ministry of Education', None),
    ('Coach praises team',
     'Coach Harold Houston praised his players after the win. "They never gave up," '
     'Houston said.',
     'They never gave up', 'Harold Houston', None),
    ('Architect unveils tower design',
     'The tower was designed by architect Lena Ford. "We wanted light in every room," '
     'Ford said.',
     'We wanted light', 'Lena Ford', None),
    ('Beekeepers warn of decline',
     'Beekeeper Oluwaseun Adeyemi-Bakare has lost half his hives this year. "I have '
     'never seen anything like it," Adeyemi-Bakare said.',
     'I have never seen', 'Oluwaseun Adeyemi-Bakare', None),
    ('Author returns home',
     'Novelist Priya Raman returned to Chennai this week for the first time in ten '
     'years. She said the city had changed. "Everything is faster now," she said.',
     'Everything is faster', 'Priya Raman', None),
    ('Mayor defends tax rise',
     'Mayor Tomasz Nowicki defended the tax rise on Tuesday. Residents packed the hall '
     'to protest. "Nobody likes paying more," the mayor said.',
     'Nobody likes paying', 'Tomasz Nowicki', None),
    ('Museum returns artefacts',
     'The museum will send 14 bronzes back to Benin. "It is the right thing to do," said '
     "Clara Hendricks, the museum's director.",
     'It is the right', 'Clara Hendricks', None),
    ('Prices rise',
     'Food prices rose 8 per cent in a year, according to economist Raj Malhotra. '
     '"Families are feeling it at the till," Malhotra said.',
     'Families are feeling', 'Raj Malhotra', None),
    ('Shop owner fights eviction',
     'Gift shop owner Deborah Pryce has run her store for 25 years. "This shop is my '
     'life," Ms. Pryce said.',
     'This shop is my life', 'Deborah Pryce', None),
    ('Police appeal for witnesses',
     'Detective Inspector Sara Lindahl led the investigation. Lindahl said: "Someone '
     'must have seen something."',
     'Someone must have', 'Sara Lindahl', None),
    ('President visits flood zone',
     'President Elena Marsh visited the flooded towns on Sunday. "We will rebuild," '
     'Marsh told reporters.',
     'We will rebuild', 'Elena Marsh', None),
    ('Union rejects offer',
     'The Transport Workers Union rejected the pay offer on Thursday. Union spokesman '
     'Kevin Doyle said members had voted overwhelmingly. "The offer was an insult," '
     'Doyle said.',
     'The offer was an insult', 'Kevin Doyle', None),
    ('Couple honoured',
     'Dr. Anne Patel and her husband, engineer Vikram Patel, were honoured on Friday. '
     '"We never expected this," Dr. Patel said.',
     'We never expected', 'Anne Patel', None),
    ('Teenager saves drowning boy',
     'Fifteen-year-old Jamie Holt pulled a boy from the river on Saturday. "I just '
     'jumped in," Jamie said.',
     'I just jumped in', 'Jamie Holt', None),
    ('Storm warning issued',
     'Heavy rain is expected across the north. "Stay indoors if you can," said '
     'meteorologist Fiona Grant.',
     'Stay indoors', 'Fiona Grant', None),
    ('Charity warns on hunger',
     'The World Food Programme said on Tuesday that rations would be cut. "We are out of '
     'money," the WFP said.',
     'We are out of money', 'World Food Programme', None),
    ('Man arrested',
     'A man was arrested after a car chase in Leeds. "Inquiries are ongoing," a police '
     'spokesperson said.',
     'Inquiries are ongoing', None, None),
    ('Cyclist wins stage',
     'Dutch rider Pieter van der Berg won the fifth stage on Wednesday. "My legs felt '
     'great," Van der Berg said.',
     'My legs felt great', 'Pieter van der Berg', None),
    ('Veteran honoured',
     'Veteran Samuel Brooks Jr. received a medal on Monday. "I did what anyone would '
     'do," Brooks said.',
     'I did what anyone', 'Samuel Brooks Jr.', None),
    ('Study links noise to sleep loss',
     'Professor Ingrid Halvorsen of Bergen University led the study. "The effect was '
     'stronger than we thought," Prof. Halvorsen said.',
     'The effect was stronger', 'Ingrid Halvorsen', None),
    ("Obuya: 'we are ready'",
     'Kenyan coach Daniel Obuya says his team is ready for the final. "We have trained '
     'for this moment," Obuya said.',
     'We have trained', 'Daniel Obuya', None),
    ('Oil spill spreads',
     'A spokesman for Ardent Oil, Marcus Feld, said the leak had been stopped. "Clean-up '
     'will take weeks," Feld said.',
     'Clean-up will take', 'Marcus Feld', None),
    ('Talks collapse',
     'Talks between the two sides broke down on Friday. "We remain open to dialogue," '
     'the Kenyan government said.',
     'We remain open', 'Kenyan government', None),
    ('EU unveils climate plan',
     'European Commission President Ursula von der Leyen unveiled the plan in Brussels '
     'on Wednesday. "This is our man-on-the-moon moment," von der Leyen said.',
     'This is our man', 'Ursula von der Leyen', None),
    ('Mexico to build refinery',
     'President Andrés Manuel López Obrador announced the refinery on Monday. "We will '
     'be self-sufficient in fuel," López Obrador said.',
     'We will be self', 'Andrés Manuel López Obrador', None),
    ('China pledges support',
     'Chinese President Xi Jinping met African leaders in Beijing. "China will always be '
     'a good friend," Xi said.',
     'China will always', 'Xi Jinping', None),
    ('Korean leaders meet',
     'South Korean President Moon Jae-in met his counterpart on Friday. "Peace is within '
     'reach," Moon said.',
     'Peace is within', 'Moon Jae-in', "the model cuts 'Moon Jae-in' at the hyphen (entity side)"),
    ('Egypt opens canal',
     'President Abdel Fattah el-Sisi opened the new canal on Thursday. "Egypt keeps its '
     'promises," Sisi said.',
     'Egypt keeps its', 'Abdel Fattah el-Sisi', None),
    ('Author signs books',
     'Author J.K. Rowling signed books in Edinburgh on Saturday. "I love meeting '
     'readers," Rowling said.',
     'I love meeting', 'J.K. Rowling', None),
    ('Lawyer speaks for accused',
     'Tom Barlow, 32, is accused of fraud. His lawyer, Nadia Karim, said he would plead '
     'not guilty. "My client is innocent," Karim said.',
     'My client is', 'Nadia Karim', None),
    ("Accused man's lawyer speaks",
     'Tom Barlow, 32, is accused of fraud. "My client is innocent," a lawyer for Barlow '
     'said.',
     'My client is', None, None),
    ('Fire destroys homes',
     'Fire destroyed six homes in Millbrook overnight. "We lost everything," said Carla '
     'Jimenez, 41, a nurse who lived on Elm Street.',
     'We lost everything', 'Carla Jimenez', None),
    ('Fire destroys homes',
     'Fire destroyed six homes in Millbrook overnight. Carla Jimenez, who lived on Elm '
     'Street, escaped with her two children. "We lost everything," Jimenez, a nurse, '
     'said.',
     'We lost everything', 'Carla Jimenez', None),
    ('Bank cuts rates',
     'The central bank cut rates on Thursday. Governor Mark Ellison said inflation had '
     'eased. Analyst Nora Blum said the cut was expected. "Inflation is back under '
     'control," he said.',
     'Inflation is back', 'Mark Ellison',
     "no given-name genders: 'he' goes to the last person who spoke"),
    ('Strike ends',
     "The strike ended on Sunday. The company's chief executive, Tom Lee, welcomed the "
     'deal. "Our staff deserve this," Lee said.',
     'Our staff deserve', 'Tom Lee', None),
    ('Pope visits Iraq',
     'Pope Francis arrived in Baghdad on Friday. "May the weapons be silent," Francis '
     'said.',
     'May the weapons', 'Francis', None),
    ('Singer cancels tour',
     'Singer Georgia Banks cancelled her tour on Monday, citing illness. "I am '
     'heartbroken," Banks said.',
     'I am heartbroken', 'Georgia Banks', None),
    ('Runner sets record',
     'Jordan Phillips set a national record in the 400 metres. "I felt strong from the '
     'start," Phillips said.',
     'I felt strong', 'Jordan Phillips', None),
    ('Chef opens restaurant',
     'Chef Paris Kingsley opened her third restaurant on Friday. "Food is about memory," '
     'Kingsley said.',
     'Food is about', 'Paris Kingsley', None),
    ('Boxer retires',
     'Robert "Bobby" Kane announced his retirement on Tuesday. "It is time," Kane said.',
     'It is time', 'Robert "Bobby" Kane', None),
    ('School wins award',
     'Headteacher Mr Gareth Pugh accepted the award. "The children did this," Mr Pugh '
     'said.',
     'The children did', 'Gareth Pugh', None),
    ('Quote across paragraphs',
     'Farmer Ruth Mbeki lost most of her crop in the drought.\n\n"We planted twice and '
     'nothing came up," Mbeki said. "The rains never came.\n\n"If it does not rain next '
     'month, we will sell the cattle."',
     'If it does not rain', 'Ruth Mbeki', None),
    ('Rival says',
     'Liam Walsh and Omar Said are running for mayor. "I have the experience," Walsh '
     'said. "He has the experience of failing," Said said.',
     'He has the experience', 'Omar Said', None),
    ('Tech firm boss speaks',
     'Mia Tanaka, chief executive of Solvent Labs, said the firm would hire 200 people. '
     '"We are growing fast," Tanaka told Reuters.',
     'We are growing', 'Mia Tanaka', None),
    ('Tech firm boss speaks',
     'Solvent Labs will hire 200 people, its chief executive said on Monday. "We are '
     'growing fast," Mia Tanaka told Reuters.',
     'We are growing', 'Mia Tanaka', None),
    ('Villagers protest dam',
     'Villagers in Kerala protested against the dam on Sunday. "They are drowning our '
     'homes," said villager Suresh Kumar. "We were never asked," Kumar added.',
     'We were never asked', 'Suresh Kumar', None),
    ('Prince opens hospital',
     'Prince William opened the new hospital wing on Tuesday. "The staff here are '
     'remarkable," the prince said.',
     'The staff here', 'William', None),
    ('Minister on trade',
     'Trade Minister Karin Lund spoke after the talks. Lund, 52, has led the ministry '
     'since 2019. "We got a fair deal," the minister told reporters.',
     'We got a fair', 'Karin Lund', None),
    ('Police chief on crime',
     'Police Chief Dana Whitfield released the figures on Monday. "Violent crime is down '
     '12 percent," Chief Whitfield said.',
     'Violent crime is', 'Dana Whitfield', None),
    ('Gov. signs bill',
     'Gov. Gretchen Hale signed the bill into law on Friday. "This protects working '
     'families," Hale said.',
     'This protects', 'Gretchen Hale', None),
    ('Nurse speaks',
     'Sister Mary Clare Doyle has worked at the hospice for 30 years. "Every day is a '
     'gift," Sister Mary Clare said.',
     'Every day is', 'Mary Clare Doyle', None),
    ('Rapper speaks',
     'Rapper Lil Tecca performed in London on Friday. "London is amazing," Lil Tecca '
     'said.',
     'London is amazing', 'Lil Tecca', None),
    ('Opposition reacts',
     'Opposition leader Sipho Ndlovu criticised the budget. "This budget fails the '
     'poor," said Ndlovu, whose party came second in the election.',
     'This budget fails', 'Sipho Ndlovu', None),
    ('Ministry warns',
     'The Ministry of Health warned on Monday that cases were rising. "Hospitals are '
     'under strain," the ministry said.',
     'Hospitals are under', 'Ministry of Health', None),
    ('Firm posts loss',
     'Harlan Steel posted a loss of $40 million for the quarter. "Demand remains weak," '
     'the company said in a statement.',
     'Demand remains weak', 'Harlan Steel', None),
    ('Firm posts loss',
     'Harlan Steel posted a loss of $40 million for the quarter. In a statement, it '
     'said: "Demand remains weak."',
     'Demand remains weak', 'Harlan Steel', None),
    ('UN agency appeals',
     "The United Nations Children's Fund (UNICEF) appealed for $2 billion on Tuesday. "
     '"Children are paying the price," UNICEF said.',
     'Children are paying', "United Nations Children's Fund", None),
    ('Police name victim',
     'Greater Manchester Police named the victim on Sunday. "Our thoughts are with the '
     'family," police said.',
     'Our thoughts are', 'police', None),
    ('Court rejects appeal',
     'The Supreme Court of Canada rejected the appeal on Friday. "The trial judge made '
     'no error," the court wrote.',
     'The trial judge', 'Supreme Court of Canada', None),
    ('Party responds',
     'The Green Party said the plan was too little, too late. "We need action now," the '
     "party's leader, Ruth Abara, said.",
     'We need action', 'Ruth Abara', None),
    ('Club sacks manager',
     'Westfield Rovers sacked manager Tony Greaves on Monday. "We thank Tony for his '
     'work," the club said.',
     'We thank Tony', 'Westfield Rovers', None),
    ('Club sacks manager',
     'Westfield Rovers sacked manager Tony Greaves on Monday. "I gave everything," '
     'Greaves said. "I wish the club well."',
     'I wish the club', 'Tony Greaves', None),
    ('Researchers find',
     'Researchers at the University of Leeds found that the drug cut deaths by a third. '
     '"This is a big step," said lead author Dr. Hannah Vos.',
     'This is a big step', 'Hannah Vos', None),
    ('Official speaks',
     'A senior official at the Department of Energy, Paul Ngata, said supplies were '
     'secure. "There will be no shortage," Ngata said.',
     'There will be no', 'Paul Ngata', None),
    ('Actor dies',
     'Actor Jonathan Reese has died aged 81. His daughter, Clare Reese, said he died '
     'peacefully. "He was the kindest man," she said.',
     'He was the kindest', 'Clare Reese', None),
    ('Actor dies',
     'Actor Jonathan Reese has died aged 81. His daughter Clare said he died peacefully '
     'at home. "He was the kindest man," she said.',
     'He was the kindest', 'Clare Reese',
     'a given name keeps no surname: the pattern gold is split (p107, p112)'),
    ('Two Smiths',
     'Defence minister John Smith and opposition leader Mary Smith clashed in '
     'parliament. "The army is ready," John Smith said. "That is simply untrue," Ms '
     'Smith replied.',
     'That is simply untrue', 'Mary Smith',
     "the text never gives either Smith's gender (no given-name list): 'Ms' picks no one"),
    ('Protester speaks',
     'Thousands marched in the capital. One protester, Ahmed Yilmaz, 24, said he had '
     'lost his job. "We have nothing left," Yilmaz said.',
     'We have nothing left', 'Ahmed Yilmaz', None),
    ('Speaker after quote, long',
     '"We have waited 20 years for this road," said Margaret Ann Delaney, the chair of '
     "the residents' association in Kilbride, who has campaigned for it since 2003.",
     'We have waited', 'Margaret Ann Delaney', None),
    ('Nickname',
     'Former champion Marcus "The Hammer" Doyle returned to the ring. "I still have it," '
     'Doyle said.',
     'I still have it', 'Marcus "The Hammer" Doyle',
     'a nickname in quotation marks breaks the name (entity side)'),
    ('Name tagged GPE',
     'Midfielder Jordan Henderson said the team was ready. "We are confident," Henderson '
     'said.',
     'We are confident', 'Jordan Henderson', None),
    ('Surname shared by place',
     'Mayor Sam Chester spoke in Chester on Monday. "This city deserves better," Chester '
     'said.',
     'This city deserves', 'Sam Chester', None),
    ('Quote before name, role later',
     '"The vaccine is safe," said Lina Haddad. Haddad, an epidemiologist at the '
     'institute, added: "We have tested it on 40,000 people."',
     'We have tested it', 'Lina Haddad', None),
    ('Storm keeps boats in harbour',
     'Skipper Bill Tremayne said the boats were staying in harbour until the gale '
     'passed. "We are not going out in that, not for anybody\'s money," he said.',
     'We are not going out', 'Bill Tremayne', None),
    ('Novelist interviewed',
     'Wikinews spoke to novelist Aroha Ngata about her new book. "It took me ten years '
     'to write," she said.',
     'It took me ten years', 'Aroha Ngata', None),
    ('Author interviewed',
     'Wikinews spoke with author Kwame Mensah about his novel. "It is about my father," '
     'he said.',
     'It is about my father', 'Kwame Mensah', None),
    ('Driver flees police',
     'SMALLVILLE, Ontario — Police said "the driver fled on foot." The car was found in a '
     'ditch on Sunday.',
     'the driver fled', 'police', None),
    ('Harbour town waits out gale',
     'Skipper Bill Tremayne said the boats were staying in harbour. Chef Paris Kingsley '
     'opened her third restaurant on Friday. "Food is about memory," she said.',
     'Food is about', 'Paris Kingsley', None),
    ('Outlet interviews',
     'Reuters spoke to farmer Tom Reed about the drought. "We have lost everything," he '
     'said.',
     'We have lost everything', 'Tom Reed', None),
    ('Crash outside store',
     'Police Sgt. Tom Bradley said the driver fled. A witness, Laura Benson, saw the crash. '
     '"He hit her and drove off," Benson said. Officers later found the car. "The driver '
     'was uncooperative," said Bradley. That is something that Benson echoes. "I just feel '
     'sad," she said.',
     'I just feel sad', 'Laura Benson', None),
    ('Retailer cuts jobs',
     'The company\'s chief executive, Anne Moreau, announced the cuts on Monday. "These '
     'are hard choices," the chief executive said.',
     'These are hard choices', 'Anne Moreau', None),
    ('Dam inspected',
     '"The dam is safe," according to engineer Luis Ortega. Ortega inspected it last week.',
     'The dam is safe', 'Luis Ortega', None),
    ('Drug approved',
     'The Food and Drug Administration approved the drug on Friday. "The benefits '
     'outweigh the risks," the agency said.',
     'The benefits outweigh', 'Food and Drug Administration', None),
    ('Flights resume',
     'The airline said flights would resume. "Safety comes first," a spokesman said. The '
     'spokesman, Rolf Berger, added that refunds were available.',
     'Safety comes first', 'Rolf Berger', None),
    ('Drought hits farm',
     'Tom Brown, 45, and his wife Jane Brown have run the farm for 20 years. "We lost half '
     'the herd," Mrs Brown said.',
     'We lost half', 'Jane Brown', None),
    # Review of stop 54: a speaker the sentence before only talks about, a second unnamed
    # role before the one named later, a news agency nearer than a government agency.
    ('Residents doubt plant safety',
     '"The plant is safe," said Mary Lane, the company\'s director. Residents do not agree. '
     'Joan Fisher has lived beside the plant for 30 years and has two children. The company '
     'has repeatedly assured Lane that the plant is safe. "I don\'t believe a word of it," '
     'she said.',
     "I don't believe", 'Joan Fisher', None),
    ('Senators pay tribute',
     '"It was a mistake," said Hillary Clinton. Senator Elizabeth Warren spoke next. Her '
     'speech praised Clinton at length. "We owe her our thanks," she said.',
     'We owe her', 'Elizabeth Warren', None),
    ('Road closed after fire',
     '"The road is closed," a police spokesman said. "Two crews are still on site," a fire '
     'service spokesman said. The spokesman, Tom Reed, added that no one was hurt.',
     'The road is closed', None, None),
    ('Jets grounded',
     'The Federal Aviation Administration grounded the jets on Monday. Russian officials '
     'told the Interfax news agency that the crash was under investigation. "Three people '
     'died," the agency said.',
     'Three people died', None, None),
    # Stop 56: shapes read wrong before it (canonical speakers of unseen news).
    ('Toy recall',
     'A spokesman for the company, Ian Rourke, confirmed the recall on Friday. "Safety '
     'comes first," the spokesman said.',
     'Safety comes first', 'Ian Rourke', None),
    ('Flights cancelled',
     'WestJet cancelled 200 flights on Friday as the storm moved east. "We apologise to '
     'our customers," the airline said.',
     'We apologise', 'WestJet', None),
    ('Carney rallies Liberals',
     'Liberal Leader Mark Carney spoke to supporters in Toronto on Friday. "We are united," '
     'the Liberal '
     'leader said.',
     'We are united', 'Mark Carney', None),
    ('Top court rules',
     'Justice Sheilah Martin wrote for the majority. "The charter protects this right," '
     'the judge wrote.',
     'The charter protects', 'Sheilah Martin', None),
    ('Airline loses money',
     'Air Canada reported a loss on Thursday. The airline blamed weak demand. "We remain '
     'confident," it said.',
     'We remain confident', 'Air Canada', None),
    ('Farmers rally',
     'Hundreds of farmers rallied in Ottawa. Organizer Jean Tremblay said they wanted lower '
     'taxes. "We are drowning," the organizer said.',
     'We are drowning', 'Jean Tremblay', None),
]



@pytest.mark.parametrize(("title", "text", "opening", "want"), [passage_param(p) for p in PASSAGES])
def test_canonical_speaker_of_a_news_passage(
    title: str, text: str, opening: str, want: str | None
) -> None:
    assert canonical_speaker(title, text, opening) == want
