"""Speakers of short passages written in the style of Canadian broadcast and newspaper
outlets (issue 15, stop 56).

Why: the reviewer's unseen collection (CBC, CTV, Global News, the Toronto Star, the Globe
and Mail, the National Post) still scored speakers below the goal after the wire-copy
passages of stop 55. These passages, written for this test, try the shapes those files
lack: broadcast attributions ("told reporters in Ottawa on Tuesday", "In an interview with
CTV's Question Period", "CBC News reached out to X, who said"), a quotation opening the
paragraph after one naming two people, a quotation running over two paragraphs, a
quotation followed by a dash and its credit, role nouns ("the premier", "the chief", "the
judge", "the union", "the board") standing for a named speaker, French-Canadian and
hyphenated names, police and political titles ("Det.-Sgt.", "Insp.", "MPP", "MLA"),
question-and-answer and court forms ("Asked whether ...", "In his ruling, Justice X
wrote"), and social posts ("wrote on Facebook", "tweeted"). The canonical speaker wanted
is what the Wikinews guide asks; a role noun naming nobody keeps its phrase as speaker
text and no canonical speaker. Shapes still read wrong are ``xfail`` (strict) with the
reason.
"""

from __future__ import annotations

import pytest

from tests.nlp.quote_support import canonical_speaker, passage_param

pytestmark = pytest.mark.slow  # the passages run through the whole pipeline

#: (headline, text, words opening the quotation, canonical speaker wanted, why it still
#: fails or None).
PASSAGES = [
    # Broadcast attributions.
    ('Ottawa vows to answer tariffs',
     'Prime Minister Justin Trudeau said Canada would answer the tariffs dollar for '
     'dollar.\n\n"We will not back down," Trudeau told reporters in Ottawa on Tuesday.',
     'We will not back down', 'Justin Trudeau', None),
    ('Tenants without heat',
     'Tenants at 200 Queen St. have been without heat for two weeks. CBC News reached out '
     'to the landlord, Peter Vlahos, who said: "The boiler will be fixed by Friday."',
     'The boiler will be fixed', 'Peter Vlahos', None),
    ('Freeland on trade talks',
     'In an interview with CTV\'s Question Period on Sunday, Finance Minister Chrystia '
     'Freeland said: "We are ready for any outcome."',
     'We are ready for any', 'Chrystia Freeland', None),
    ('Mayor on transit strike',
     'Speaking to Global News on Monday, Halifax Mayor Andy Fillmore said: "Nobody wins a '
     'long strike."',
     'Nobody wins a long', 'Andy Fillmore', None),
    ('Ford on Highway 413',
     '"We are going to build it, period," Ontario Premier Doug Ford said during a news '
     'conference at Queen\'s Park on Wednesday.',
     'We are going to build', 'Doug Ford', None),
    ('Doctor on measles',
     '"We are seeing cases we have not seen in 30 years," Dr. Isaac Bogoch, an infectious '
     'diseases specialist in Toronto, told CBC\'s The Current on Monday.',
     'We are seeing cases', 'Isaac Bogoch', None),
    ('Vancouver mayor on safety',
     'Vancouver Mayor Ken Sim defended the new police budget. He told CTV News Channel: '
     '"Public safety is the first job of any city."',
     'Public safety is', 'Ken Sim', None),
    ('Chow speaks to the Star',
     '"We have to build faster," said Mayor Olivia Chow, speaking to the Star on Friday.',
     'We have to build faster', 'Olivia Chow', None),
    ('MP demands resignation',
     '"The minister should resign today," Conservative MP Michael Barrett said during '
     'question period on Thursday.',
     'The minister should resign', 'Michael Barrett', None),
    # A quotation opening the paragraph after one naming two people.
    ('MPs spar over housing',
     'Liberal MP Nathaniel Erskine-Smith and Conservative MP Michelle Rempel Garner sparred '
     'over housing on Monday.\n\n"We built more homes in two years than they did in ten," '
     'Erskine-Smith said.',
     'We built more homes', 'Nathaniel Erskine-Smith', None),
    ('Chow meets Ford',
     'Mayor Olivia Chow met Premier Doug Ford at Queen\'s Park on Thursday.\n\n"We had a '
     'productive conversation about transit," Chow said afterward.',
     'We had a productive', 'Olivia Chow', None),
    # A quotation over two paragraphs, the first left open.
    ('Tam urges boosters',
     'Dr. Theresa Tam, Canada\'s chief public health officer, urged people to get their '
     'booster.\n\n"The virus has not gone away. We are seeing more cases in long-term care '
     'every week.\n\n"Getting a booster is the best thing you can do," Tam said.',
     'The virus has not gone', 'Theresa Tam', None),
    ('Chief on staffing',
     '"We are stretched thin," said Chief Deborah Jordan of the Saint John Police Force. '
     '"Officers are working double shifts.\n\n"We need 20 more people just to stand still."',
     'We need 20 more', 'Deborah Jordan', None),
    # A quotation then a dash and its credit.
    ('Saskatoon celebrates',
     '"It is a great day for Saskatoon" — those were the words of Mayor Charlie Clark as '
     'the arena deal was signed on Monday.',
     'It is a great day', 'Charlie Clark', None),
    ('Smith responds',
     '"Alberta will not be bullied" — Premier Danielle Smith, in a post on X on Tuesday.',
     'Alberta will not be', 'Danielle Smith', None),
    # Role nouns standing for a speaker the story named.
    ('Legault rejects plan',
     'Quebec Premier François Legault rejected the federal plan on Tuesday. "Quebec will '
     'not pay for this," the premier said.',
     'Quebec will not pay', 'François Legault', None),
    ('Guilbeault defends rule',
     'Environment Minister Steven Guilbeault defended the emissions cap on Monday. "The cap '
     'is fair to every province," the minister said.',
     'The cap is fair', 'Steven Guilbeault', None),
    ('Plante on snow removal',
     'Montreal Mayor Valérie Plante apologized for the slow snow removal. "We could have '
     'done better," the mayor told reporters at city hall.',
     'We could have done', 'Valérie Plante', None),
    ('Chief on shootings',
     'Winnipeg police Chief Gord Smyth released the crime figures on Wednesday. "Gun '
     'violence is up, and that worries me," the chief said.',
     'Gun violence is up', 'Gord Smyth', None),
    ('Judge sentences driver',
     'Justice Anne Molloy sentenced the driver to eight years on Friday. "The victims will '
     'carry this for the rest of their lives," the judge said.',
     'The victims will carry', 'Anne Molloy', None),
    ('Union rejects offer',
     'The Canadian Union of Public Employees rejected the province\'s offer on Sunday. "This'
     ' offer does nothing for the lowest-paid workers," the union said in a statement.',
     'This offer does nothing', 'Canadian Union of Public Employees', None),
    ('Board cuts programs',
     'The Toronto District School Board voted to cut two music programs. "These were '
     'difficult choices," the board said in a statement.',
     'These were difficult', 'Toronto District School Board', None),
    ('RCMP lay charges',
     'The RCMP charged two men with fraud on Thursday. "The investigation is ongoing," the '
     'RCMP said in a news release.',
     'The investigation is', 'RCMP', None),
    # French-Canadian and hyphenated names.
    ('Blanchet warns Liberals',
     'Bloc Québécois Leader Yves-François Blanchet spoke before question period. "The Bloc '
     'will not support this budget," Blanchet said.',
     'The Bloc will not', 'Yves-François Blanchet', None),
    ('PQ questions minister',
     'Parti Québécois MNA Pascal Bérubé questioned the minister on Tuesday. "Quebecers '
     'deserve answers," Bérubé told reporters in Quebec City.',
     'Quebecers deserve', 'Pascal Bérubé', None),
    ('PQ MNA on the bill',
     'PQ MNA Pascal Bérubé said the bill was flawed and would not survive a court '
     'challenge.',
     'the bill was flawed', 'Pascal Bérubé', None),
    ('Conservative on the bill',
     'Conservative MP Michael Barrett said the bill was flawed. "It will not survive a court '
     'challenge," Barrett told reporters.',
     'It will not survive', 'Michael Barrett', None),
    ('Researcher on wildfires',
     '"The fire season is getting longer every year," said Marie-Ève Lachance-Tremblay, a '
     'forestry researcher at Université Laval.',
     'The fire season is', 'Marie-Ève Lachance-Tremblay', None),
    # Police and political titles.
    ('Police investigate stabbing',
     'Det.-Sgt. Mike Carbone of the homicide unit said the victim was 19. "This was a '
     'targeted attack," Carbone said.',
     'This was a targeted', 'Mike Carbone', None),
    ('Police warn of scam',
     '"If someone asks you to pay in gift cards, hang up," said Insp. Rob Tibbo of the '
     'Halifax Regional Police.',
     'If someone asks you', 'Rob Tibbo', None),
    ('Crash closes highway',
     'Const. Amy Boudreau said the highway would stay closed overnight. "Speed appears to '
     'have been a factor," Boudreau said.',
     'Speed appears to', 'Amy Boudreau', None),
    ('Renters rally',
     '"The province has abandoned renters," said NDP MPP Jessica Bell, who spoke at the '
     'rally outside Queen\'s Park.',
     'The province has abandoned', 'Jessica Bell', None),
    ('Budget debate',
     'Calgary-Buffalo MLA Joe Ceci said the budget left out Calgary. "Our city was '
     'forgotten," Ceci said.',
     'Our city was forgotten', 'Joe Ceci', None),
    ('Staff sergeant retires',
     'Staff Sgt. Lorne Stovall has worked at the downtown division for 30 years. "I will '
     'miss the people most," Stovall said.',
     'I will miss the people', 'Lorne Stovall', None),
    # Question and answer, court forms.
    ('Notley undecided',
     'Alberta NDP Leader Rachel Notley took questions on Monday. Asked whether she would '
     'run again, Notley said: "I have not decided."',
     'I have not decided', 'Rachel Notley', None),
    ('Province reviews ruling',
     'Asked whether the province would appeal, Attorney General Doug Downey said: "We are '
     'reviewing the decision carefully."',
     'We are reviewing', 'Doug Downey', None),
    ('Class action certified',
     'In his ruling, Ontario Superior Court Justice Paul Perell wrote: "The class members '
     'suffered real harm."',
     'The class members', 'Paul Perell', None),
    ('Accused told police',
     'The accused, Kyle Dempsey, told officers "I did not mean to hurt anyone," according '
     'to court documents.',
     'I did not mean', 'Kyle Dempsey', None),
    ('Crown seeks sentence',
     'Crown attorney Mark Hines asked for a 10-year sentence on Tuesday. "This was a '
     'calculated attack on a stranger," Hines told the court.',
     'This was a calculated', 'Mark Hines', None),
    # Social posts.
    ('Crombie on Facebook',
     'In a post on Facebook, Mississauga Mayor Bonnie Crombie wrote: "Our hearts are with '
     'the families."',
     'Our hearts are with', 'Bonnie Crombie', None),
    ('Singh reacts',
     '"Canadians deserve better than this," NDP Leader Jagmeet Singh said in a post on X.',
     'Canadians deserve better', 'Jagmeet Singh', None),
    ('Harper weighs in',
     'Former prime minister Stephen Harper tweeted on Sunday: "This is a sad day for the '
     'party."',
     'This is a sad day', 'Stephen Harper', None),
    ('McDavid posts',
     'Oilers captain Connor McDavid thanked fans on Monday. "Edmonton, this one is for '
     'you," McDavid posted on Instagram.',
     'Edmonton, this one', 'Connor McDavid', None),
    # Place names after a speaker's name and in a riding.
    ('Kamloops resident',
     '"The smoke was so thick we could not see the house across the street," said Kim '
     'Lee of Kamloops, B.C.',
     'The smoke was so thick', 'Kim Lee', None),
    ('Poilievre rallies',
     'Conservative Leader Pierre Poilievre drew 2,000 people in Vaughan, Ont.\n\n'
     'Poilievre, speaking at a rally there on Saturday, said: "Axe the tax."',
     'Axe the tax', 'Pierre Poilievre', None),
    # The Crown prosecutes, a public body cited by its noun (as "police said").
    ('Crown seeks sentence',
     'The accused was convicted of manslaughter in June. "He has shown no remorse at all,"'
     ' the Crown told the court on Tuesday.',
     'He has shown no remorse', 'Crown', None),
    # The Globe and Mail's honorifics, First Nations chiefs, statements to an outlet, an
    # office speaking for its minister, and more role nouns.
    ('Carney on tariffs',
     'Prime Minister Mark Carney met the premiers in Ottawa on Wednesday. Mr. Carney said '
     'the talks had been productive. "We are united," Mr. Carney said.',
     'We are united', 'Mark Carney', None),
    ('Chow on budget',
     'Toronto Mayor Olivia Chow tabled her budget on Tuesday.\n\n"It is a budget for '
     'renters," Ms. Chow told reporters.',
     'It is a budget for', 'Olivia Chow', None),
    ('Legault on immigration',
     'Quebec Premier François Legault wants Ottawa to cut immigration. "We are at the '
     'limit," Mr. Legault said on Tuesday.',
     'We are at the limit', 'François Legault', None),
    ('Chief on water advisory',
     'Chief Cadmus Delorme of the Cowessess First Nation called the advisory '
     'unacceptable. "Our children cannot drink the water," the chief said.',
     'Our children cannot', 'Cadmus Delorme', None),
    ('AFN chief responds',
     '"This is a step, not a solution," Assembly of First Nations National Chief Cindy '
     'Woodhouse Nepinak said on Thursday.',
     'This is a step', 'Cindy Woodhouse Nepinak', None),
    ('Air Canada statement',
     'Hundreds of passengers were stranded in Montreal. In a statement to CTV News, Air '
     'Canada said: "We apologize to our customers."',
     'We apologize to our', 'Air Canada', None),
    ('Ministry responds',
     'In an emailed statement to Global News, the Ministry of Health said "the surgical '
     'backlog has been cleared."',
     'the surgical backlog', 'Ministry of Health', None),
    ('Press secretary responds',
     'Health Minister Mark Holland did not comment. Holland\'s press secretary, '
     'Christopher Aoun, said: "The minister is reviewing the report."',
     'The minister is reviewing', 'Christopher Aoun', None),
    ('Resident describes flood',
     'Mike Chen has lived on the street for ten years.\n\n"The basement was full of water '
     'in minutes," he told CTV News Toronto.',
     'The basement was full', 'Mike Chen', None),
    ('OPP warn drivers',
     'OPP Sgt. Kerry Schmidt posted a video on Sunday. "Slow down and leave space," Schmidt'
     ' said in the video.',
     'Slow down and leave', 'Kerry Schmidt', None),
    ('Nadeau-Dubois speaks',
     'Québec solidaire spokesperson Gabriel Nadeau-Dubois criticized the budget. "This '
     'government has forgotten tenants," Nadeau-Dubois said.',
     'This government has', 'Gabriel Nadeau-Dubois', None),
    ('Leafs lose',
     'The Maple Leafs lost 5-2 to Boston on Saturday. "We did not compete," Leafs head '
     'coach Craig Berube said after the game.',
     'We did not compete', 'Craig Berube', None),
    ('Rink closes',
     '"I learned to skate here," said Sarah, who asked that her last name not be used '
     'because she works for the city.',
     'I learned to skate', 'Sarah', None),
    ('Moore on flu season',
     'Dr. Kieran Moore, Ontario\'s chief medical officer of health, expects a hard flu '
     'season.\n\nHe added: "Please get your flu shot early."',
     'Please get your flu', 'Kieran Moore', None),
    ('Berube and Marner',
     'Head coach Craig Berube and forward Mitch Marner spoke after practice.\n\n"We have '
     'to be better in our own end," Marner said.',
     'We have to be better', 'Mitch Marner', None),
    ('Widow speaks',
     'Robert Gagnon died in the fire. His wife, Louise Gagnon, escaped. "He went back in '
     'for the dog," she said, her voice breaking.',
     'He went back in', 'Louise Gagnon', None),
    ('Councillor objects',
     'Coun. Josh Matlow voted against the plan on Wednesday. "This is a giveaway to '
     'developers," the councillor said.',
     'This is a giveaway', 'Josh Matlow', None),
    ('Coroner on deaths',
     'The coroner\'s report was released on Friday. "These deaths were preventable," '
     'Ontario chief coroner Dr. Dirk Huyer said.',
     'These deaths were', 'Dirk Huyer', None),
    ('Sinclair honoured',
     'Former senator Murray Sinclair was honoured on Monday. "He gave us the truth," said '
     'Grand Chief Garrison Settee.',
     'He gave us the truth', 'Garrison Settee', None),
    ('Bus driver speaks',
     'Transit operator Linda Okafor has driven the 29 Dufferin route for 15 years. Asked '
     'what has changed, she said: "People are angrier now."',
     'People are angrier', 'Linda Okafor', None),
    ('Metrolinx delay',
     '"The line will open when it is safe," Metrolinx spokesperson Anne Marie Aikins said '
     'in an email.',
     'The line will open', 'Anne Marie Aikins', None),
    # Court papers, statements to an outlet, ranks and ridings after a name, posts, two
    # people of one story and their honorifics or pronouns.
    ('Ministry responds to CBC',
     "Ontario's Ministry of Long-Term Care said it was reviewing the home. \"We take these "
     'concerns seriously," the ministry said in a statement to CBC News.',
     'We take these concerns', 'Ministry of Long-Term Care', None),
    ('Tam and Njoo',
     'Dr. Theresa Tam and Dr. Howard Njoo briefed reporters on Friday.\n\n"Cases are '
     'falling," said Njoo, Canada\'s deputy chief public health officer.\n\n"But we cannot '
     'let our guard down," Tam said.',
     'But we cannot let', 'Theresa Tam', None),
    ('Judge addresses accused',
     '"You took a life and you showed no remorse," Ontario Court Justice Jane '
     'Kerrigan-Brownridge told the accused.',
     'You took a life', 'Jane Kerrigan-Brownridge', None),
    ('Detective appeals',
     '"Someone in that building knows what happened," said Det.-Sgt. Mike Carbone.',
     'Someone in that building', 'Mike Carbone', None),
    ('Notley on budget',
     '"This budget ignores Edmonton," said Rachel Notley, MLA for Edmonton-Strathcona.',
     'This budget ignores', 'Rachel Notley', None),
    ('Councillor on transit',
     '"Riders deserve a reliable service," said Coun. Shelley Carroll.',
     'Riders deserve', 'Shelley Carroll', None),
    ('Chow on Facebook',
     'Mayor Olivia Chow thanked city crews. "You kept this city moving," Chow wrote on '
     'Facebook.',
     'You kept this city', 'Olivia Chow', None),
    ('Legault in French',
     'Quebec Premier François Legault answered in French. "We will never accept this," '
     'Legault said in French.',
     'We will never accept', 'François Legault', None),
    ('Bloc MP speaks',
     '"Quebec is being ignored again," said Bloc Québécois MP Alexis Brunelle-Duceppe.',
     'Quebec is being ignored', 'Alexis Brunelle-Duceppe', None),
    ('Widow on CityNews',
     'Sandra Okoye lost her husband in the crash.\n\n"I want the driver to face justice," '
     'she told CityNews.',
     'I want the driver', 'Sandra Okoye', None),
    ('Poilievre and Carney',
     'Conservative Leader Pierre Poilievre accused Prime Minister Mark Carney of breaking '
     'his promise. "He said one thing and did another," Mr. Poilievre said. "That is '
     'simply false," Mr. Carney replied.',
     'That is simply false', 'Mark Carney', None),
    ('Athlete on Instagram',
     'Olympic swimmer Summer McIntosh thanked her coaches. "None of this happens without '
     'them," McIntosh wrote in an Instagram post.',
     'None of this happens', 'Summer McIntosh', None),
    ('Union president',
     '"Our members are exhausted," said Ontario Nurses\' Association president Erin Ariss.',
     'Our members are', 'Erin Ariss', None),
    ('Resident quoted twice',
     'Hamid Karimi has lived in the building since 2009. His neighbour, Rosa Delgado, moved '
     'in last year.\n\n"We never had problems until the new owner came," Karimi said.\n\n'
     'Delgado agreed. "They want us out," she said.',
     'They want us out', 'Rosa Delgado', None),
    ('Premier quoted after paraphrase',
     'Saskatchewan Premier Scott Moe said the province would go to court.\n\n"We have no '
     'other choice."',
     'We have no other', 'Scott Moe', None),
    ('Sergeant on patrols',
     'RCMP Staff Sgt. Jocelyn Noseworthy said patrols would increase. "We will be highly '
     'visible this weekend," she said.',
     'We will be highly', 'Jocelyn Noseworthy', None),
]

#: (headline, text, words opening the quotation, speaker text wanted): role nouns that
#: name nobody the passage names keep their phrase and no canonical speaker.
UNNAMED = [
    ('Family remembers victim',
     'Jordan Tremblay, 22, died in the crash on Highway 17. "He was the light of our '
     'lives," the family said in a statement.',
     'He was the light', 'the family'),
    ('Premier criticized',
     'The opposition accused the government of hiding the report. "We have nothing to '
     'hide," the premier said.',
     'We have nothing to hide', 'the premier'),
    ('Sidewalk lawsuit',
     'A Winnipeg woman who broke her hip is suing the city. "The city knew the sidewalk was '
     'dangerous and did nothing," the statement of claim says.',
     'The city knew the', 'the statement of claim'),
    ('Accused panicked',
     'The accused was arrested at the scene. "I panicked," the accused told officers, '
     'according to court documents.',
     'I panicked', 'the accused'),
    ('Office responds',
     'Premier Doug Ford was not available for comment. "The premier has always supported '
     'nurses," his office said in a statement.',
     'The premier has always', 'his office'),
]


@pytest.mark.parametrize(("title", "text", "opening", "want"), [passage_param(p) for p in PASSAGES])
def test_canonical_speaker_of_an_outlet_passage(
    title: str, text: str, opening: str, want: str | None
) -> None:
    assert canonical_speaker(title, text, opening) == want


@pytest.mark.parametrize(("title", "text", "opening", "want"), UNNAMED)
def test_role_noun_naming_nobody_keeps_its_phrase(
    title: str, text: str, opening: str, want: str
) -> None:
    from workbench.nlp.pipeline import analyze_document  # noqa: PLC0415 - loads the model

    quotes = [q for q in analyze_document(title, text).quotes if opening in q.text]
    assert quotes, "the quotation is found"
    assert (quotes[0].speaker_text, quotes[0].speaker) == (want, None)
