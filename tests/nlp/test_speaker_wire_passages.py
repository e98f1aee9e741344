"""Speakers of short passages written in the style of North American wire copy (issue 15,
stop 55).

Why: the reviewer's unseen news (Canadian and US outlets) scored speakers lower than the
Wikinews splits; these passages, written for this test in Canadian Press and Associated
Press style, try the attributions those papers lean on: "said Smith, a spokesperson for
...", "Smith told The Canadian Press", "in an interview", "in an email", "wrote on X",
a quotation then a paragraph break then "she added", a speaker brought in the paragraph
before, "the premier said", "officials said", "Const." and "Coun." titles, ages in commas,
and two people of a story with "he" for one of them. The canonical speaker wanted is what
the Wikinews guide asks (the full name as the article best names it, no entity for a
common noun naming nobody, the company's name for "the company"). Shapes still read wrong
are ``xfail`` (strict) with the reason.
"""

from __future__ import annotations

import pytest

from tests.nlp.quote_support import canonical_speaker, passage_param

pytestmark = pytest.mark.slow  # the passages run through the whole pipeline

#: (headline, text, words opening the quotation, canonical speaker wanted, why it still
#: fails or None).
PASSAGES = [
    ('Ottawa delays pipeline ruling',
     'The federal government will delay its decision on the pipeline expansion until the '
     'spring. "We need more time to consult with First Nations," said Karen Whitfield, a '
     'spokesperson for Natural Resources Canada.',
     'We need more time', 'Karen Whitfield', None),
    ('Nurses warn of burnout',
     'Emergency departments across Nova Scotia are short-staffed, nurses say. "We are '
     'running on empty," Janet Doucette, president of the Nova Scotia Nurses\' Union, told '
     'The Canadian Press on Tuesday.',
     'We are running on empty', 'Janet Doucette', None),
    ('Mayor defends budget',
     'Mayor Brian Kowal defended the city\'s tax increase on Wednesday. "Nobody likes '
     'paying more, but the roads are falling apart," Kowal said in an interview.',
     'Nobody likes paying', 'Brian Kowal', None),
    ('Retailer closes stores',
     'Hudson Home will close 12 stores in Ontario by the end of the year. "These decisions'
     ' are never easy," company spokeswoman Lisa Martel said in an email.',
     'These decisions are never', 'Lisa Martel', None),
    ('Premier criticizes carbon tax',
     'Saskatchewan Premier Scott Moe again criticized the federal carbon tax on Friday. '
     '"Ottawa should scrap it today," Moe wrote on X.',
     'Ottawa should scrap', 'Scott Moe', None),
    ('School board cuts buses',
     '"We simply cannot find enough drivers," said Rachel Nguyen, chair of the Peel '
     'District School Board.\n\n"Parents will have to plan ahead," she added.',
     'Parents will have to', 'Rachel Nguyen', None),
    ('Farmers fear drought',
     'Grain farmer Tom Lindgren has not seen rain on his land near Swift Current since '
     'May.\n\n"If it stays this dry, I will lose the whole crop," he said. "I have never '
     'seen anything like it."',
     'I have never seen', 'Tom Lindgren', None),
    ('Ontario to build new hospital',
     'Premier Doug Ford announced a new hospital for Brampton on Monday. "This is the '
     'biggest investment in health care in the region\'s history," the premier said.',
     'This is the biggest', 'Doug Ford', None),
    ('Boil-water advisory lifted',
     'A boil-water advisory in Moncton was lifted on Thursday. "The water is safe to '
     'drink," officials said in a news release.',
     'The water is safe', None, None),
    ('Senate passes bill',
     'The Senate passed the bill 52-48 on Tuesday. "This is a historic day for working '
     'families," Senate Majority Leader Chuck Schumer said Tuesday.',
     'This is a historic', 'Chuck Schumer', None),
    ('Governor signs law',
     'Gov. Gretchen Whitmer signed the bill into law on Wednesday in Lansing.\n\n"Michigan '
     'is open for business," Whitmer said at the signing ceremony.',
     'Michigan is open', 'Gretchen Whitmer', None),
    ('Police chief retires',
     'Chief Evan Marlowe will retire in June after 32 years with Halifax Regional Police.'
     '\n\n"It has been the honour of my life," Marlowe said.',
     'It has been the honour', 'Evan Marlowe', None),
    ('Fire destroys home',
     'A fire destroyed a house on Elm Street early Sunday. "It was like a bomb went off," '
     'said Dana Perkins, who lives across the street.',
     'It was like a bomb', 'Dana Perkins', None),
    ('Minister defends plan',
     'Finance Minister Chrystia Freeland defended the budget in Ottawa on Thursday. "We '
     'are making responsible choices," she told reporters.',
     'We are making', 'Chrystia Freeland', None),
    ('Flights cancelled',
     'Dozens of flights out of Toronto were cancelled on Monday. "The company regrets the '
     'inconvenience," according to a statement from Air Canada.',
     'The company regrets', 'Air Canada', None),
    ('Cases decline',
     'Hospital admissions fell for a third week. "We are seeing a steady decline in '
     'cases," said Dr. Bonnie Henry, B.C.\'s provincial health officer.',
     'We are seeing a steady', 'Bonnie Henry', None),
    ('Hardware store struggles',
     'Jim Carver, the owner of Carver Hardware, says business has never been worse.\n\n'
     '"People just are not spending," he said.\n\nThe Retail Council of Canada reported a '
     'four per cent drop in sales in June.\n\n"I might have to let two people go," Carver '
     'said.',
     'I might have to let', 'Jim Carver', None),
    ('Tech firm cuts jobs',
     'Shopify cut 20 per cent of its workforce on Thursday. "This was a difficult '
     'decision," the company said in a statement.',
     'This was a difficult', 'Shopify', None),
    ('Crash on Highway 1',
     'Two vehicles collided on Highway 1 near Brandon on Saturday. "Alcohol may have been '
     'a factor," said Sgt. Paul Manaigre of the Manitoba RCMP.',
     'Alcohol may have', 'Paul Manaigre', None),
    ('Conservatives attack tax',
     'Conservative Leader Pierre Poilievre spoke in Calgary on Friday. "We have been '
     'clear," Poilievre said. "The tax has to go."',
     'The tax has to go', 'Pierre Poilievre', None),
    ('Border town relieved',
     'The crossing reopened on Tuesday. "It is a relief," said Maria Gonzalez, 52, in a '
     'phone interview from her home in El Paso.',
     'It is a relief', 'Maria Gonzalez', None),
    ('River floods homes',
     'The river rose a metre overnight. "The water came up so fast," said Greg Hollis, 61,'
     ' a retired mechanic.',
     'The water came up', 'Greg Hollis', None),
    ('Talks stall',
     'Negotiations over the trade deal broke off on Friday. "Talks are at a standstill," '
     'said a senior government official who spoke on condition of anonymity because he was'
     ' not authorized to discuss the negotiations.',
     'Talks are at a standstill', None, None),
    ('Union backs deal',
     'Members voted 78 per cent in favour. "It is a fair deal," said union president J.P. '
     'Fortin.',
     'It is a fair deal', 'J.P. Fortin', None),
    ('Protester vows to continue',
     'Sandra Blake says she will keep protesting outside the legislature. "They can arrest'
     ' me again," Blake says.',
     'They can arrest me', 'Sandra Blake', None),
    ('Wait times grow',
     'Ontario Health Minister Sylvia Jones released the figures on Wednesday. "We know '
     'there is more work to do," the minister said.',
     'We know there is more', 'Sylvia Jones', None),
    ("Premier's office responds",
     'The opposition called for an inquiry. "The premier has been clear," said Ivana '
     'Yelich, a spokesperson for Premier Doug Ford.',
     'The premier has been clear', 'Ivana Yelich', None),
    ('Passenger describes ordeal',
     'Passengers were stuck on the train for nine hours. "I was terrified," Amanda Rowe '
     'told CBC News.',
     'I was terrified', 'Amanda Rowe', None),
    ('Residents protest tower',
     'More than 100 people packed the council chamber on Monday night.\n\nCoun. Linda '
     'Petrov, who represents the ward, said she would vote against the tower.\n\n"This '
     'neighbourhood was never meant for 40 storeys," Petrov said.',
     'This neighbourhood', 'Linda Petrov', None),
    ('Wildfire grows',
     'The wildfire near Kelowna doubled in size overnight, the BC Wildfire Service said. '
     '"Conditions remain extremely dry," fire information officer Jean Strong said.',
     'Conditions remain', 'Jean Strong', None),
    ('Coach reflects on loss',
     'The Oilers lost 4-1 in Game 7. Head coach Kris Knoblauch did not hide his '
     'disappointment.\n\n"We did not show up tonight," Knoblauch said. "That is on me."',
     'That is on me', 'Kris Knoblauch', None),
    ('Teachers strike',
     'Teachers in Alberta walked off the job on Monday. "We did not want this," Alberta '
     'Teachers\' Association president Jason Schilling said. "But the government left us no'
     ' choice," he added.',
     'But the government', 'Jason Schilling', None),
    ('Two councillors clash',
     'Coun. Sarah Wong and Coun. Mike Dawson clashed over the budget on Tuesday. Wong said'
     ' the cuts went too far. Dawson disagreed.\n\n"We cannot keep spending money we do not '
     'have," he said.',
     'We cannot keep', 'Mike Dawson', None),
    ('Volunteer honoured',
     'For 40 years, Edna Mayhew has cooked for the shelter on Main Street.\n\n"I just like '
     'to keep busy," Mayhew, 83, said with a laugh.',
     'I just like to', 'Edna Mayhew', None),
    ('Company denies claims',
     'A lawsuit filed Monday accuses Northland Foods of hiding safety problems. "These '
     'claims are baseless," Northland spokesman Derek Hale said in a statement.',
     'These claims are', 'Derek Hale', None),
    ('Prime minister visits flood zone',
     'Prime Minister Mark Carney toured the flooded town on Saturday. "We will be here for'
     ' as long as it takes," Carney told residents.',
     'We will be here', 'Mark Carney', None),
    ('Mayor responds on X',
     'Calgary Mayor Jyoti Gondek responded within the hour. "Our crews are working around '
     'the clock," Gondek wrote in a post on X.',
     'Our crews are working', 'Jyoti Gondek', None),
    ('Police identify suspect',
     'Toronto police have identified a suspect in the shooting. "We are asking anyone with'
     ' information to come forward," Const. Victor Kwong told reporters.',
     'We are asking anyone', 'Victor Kwong', None),
    # Canadian federal bodies named "<field> Canada" and then "the department"/"the agency".
    ('Formula recalled',
     'Health Canada issued a recall on Tuesday. "Consumers should stop using the product '
     'immediately," the department said.',
     'Consumers should stop', 'Health Canada', None),
    ('Inflation slows',
     'Inflation slowed to 2.1 per cent in March, Statistics Canada said Tuesday. "Lower '
     'gasoline prices drove the decline," the agency said.',
     'Lower gasoline prices', 'Statistics Canada', None),
    ('Canadian detained abroad',
     'Global Affairs Canada said it was aware of the arrest. "Consular officials are in '
     'contact with the family," the department said in an email.',
     'Consular officials', 'Global Affairs Canada', None),
    ('Rates held',
     'The Bank of Canada held its key rate at 2.75 per cent. "Inflation is close to '
     'target," Governor Tiff Macklem said.',
     'Inflation is close', 'Tiff Macklem', None),
    # Two people and "she"/"he" with nothing in the text telling either's gender.
    ('Premiers meet',
     'Premier Danielle Smith met Prime Minister Mark Carney in Calgary on Friday. Carney '
     'promised new pipelines. "We have heard these promises before," she said.',
     'We have heard', 'Danielle Smith',
     'no gender written for either: the person the sentence before names first wins (71 of '
     'the 90 ambiguous he/she of the tuning splits, the nearest person 49)'),
    ('Rates on hold',
     'Finance Minister Francois-Philippe Champagne met Bank of Canada Governor Tiff Macklem '
     'on Monday. Macklem kept rates on hold. "The economy is slowing," he said.',
     'The economy is slowing', 'Tiff Macklem', None),
    ('Rookie scores twice',
     'Riley Stone scored twice in the third period on Saturday. "I just shot the puck," '
     'Stone said.',
     'I just shot', 'Riley Stone', None),
    # Names the model cuts or runs on (entity side).
    ('Neighbour recalls fire',
     'Neighbour Bill Thompson, 72, saw the flames from his kitchen.\n\n"I called 911 right '
     'away," Thompson said.',
     'I called 911', 'Bill Thompson', None),
    ('EU chief visits',
     'European Commission President Ursula von der Leyen arrived in Ottawa on Monday. '
     '"Canada is a trusted partner," von der Leyen said.',
     'Canada is a trusted', 'Ursula von der Leyen',
     None),
    ('School locked down',
     'The school was locked down for two hours. "Students and staff are safe," reads a '
     'statement from the Ottawa-Carleton District School Board.',
     'Students and staff', 'Ottawa-Carleton District School Board', None),
    # A role or a relative set off by commas with the name, then quoted by the noun alone.
    ('Coroner reports',
     'The province\'s chief coroner, Dr. Dirk Huyer, released the report on Monday. "These '
     'deaths were preventable," the coroner said.',
     'These deaths were', 'Dirk Huyer', None),
    ('Mother seeks justice',
     'The victim\'s mother, Susan Park, spoke outside the courthouse. "I want justice for my '
     'son," the mother said.',
     'I want justice', 'Susan Park', None),
    ('Shouting heard',
     'A neighbour, Mary Ann Kowalski, said she heard shouting. "It went on for an hour," the '
     'neighbour said.',
     'It went on', 'Mary Ann Kowalski', None),
    ('Road reopens',
     'The city\'s spokesperson, Brad Ross, said the road would reopen Friday. "Crews are '
     'working overnight," the spokesperson said.',
     'Crews are working', 'Brad Ross', None),
    # A paraphrase closed by ", she said." and a quotation alone in the next paragraph.
    ('Construction hurts shops',
     'Joanne Hsu runs a bakery on Main Street.\n\nBusiness has been slow since the '
     'construction began in April, she said.\n\n"Some days, nobody comes in."',
     'Some days, nobody', 'Joanne Hsu', None),
    ('Rent rises',
     'Sarah Kim says the rent increase will force her out of the building.\n\n"I have '
     'lived here for 20 years. Where am I supposed to go?"',
     'I have lived here', 'Sarah Kim', None),
    # AP forms: a party and state after the name, a phone interview.
    ('House passes bill',
     'The bill passed 218-214. "This is a victory for every family," said Rep. Nancy '
     'Pelosi, D-Calif.',
     'This is a victory', 'Nancy Pelosi', None),
    ('Senator opposes bill',
     'Sen. Susan Collins, R-Maine, said she would vote no. "The process was rushed," '
     'Collins said in a phone interview.',
     'The process was rushed', 'Susan Collins', None),
    ('Premier defends decision',
     'Premier Tim Houston defended the decision in Halifax on Thursday.\n\nNova Scotians '
     'want action, he said.\n\n"This is what they voted for."',
     'This is what they', 'Tim Houston', None),
]



@pytest.mark.parametrize(("title", "text", "opening", "want"), [passage_param(p) for p in PASSAGES])
def test_canonical_speaker_of_a_wire_passage(
    title: str, text: str, opening: str, want: str | None
) -> None:
    assert canonical_speaker(title, text, opening) == want
