"""News pages copied from a browser with their furniture, written for the furniture tests.

Each page is in the shape Canadian and US outlets (CBC, CTV, Global News, the Star, the
Globe and Mail, the National Post, HuffPost, AP, Reuters) arrive in when copied whole:
headline, byline block, prose with one quotation and its speaker, caption lines with
credits, links, prompts and footers. The people and outlets in the furniture differ from
the story's, so a test can tell a furniture name from a story name. All text is written
for these tests; none is copied from an article.
"""

from __future__ import annotations

from typing import NamedTuple


class Page(NamedTuple):
    """One page: its text, the story quotation, its speaker, and the furniture's names."""

    text: str
    quote: str
    speaker: str
    furniture: tuple[str, ...]


PAGES = (
    Page(
        "Province to add 500 nurses this fall\nSocial Sharing\n"
        "Jane Smith \u00b7 CBC News \u00b7 Posted: Mar 03, 2019 4:00 AM ET | Last Updated: "
        "March 3, 2019\n\nOntario will hire 500 nurses before winter, Health Minister Christine "
        'Elliott said Sunday.\n\n"We are putting nurses where patients need them," Elliott said.'
        "\n\nReport a typo\n\nRelated Stories\n\nAudience Relations, CBC",
        '"We are putting nurses where patients need them,"', "Christine Elliott",
        ("Jane Smith",)),
    Page(
        "Ford vows to fix Highway 401 bottleneck\n\n"
        "Ali Reza \u00b7 CBC News \u00b7 Posted: Jun 10, "
        "2019 5:00 AM ET\n\nPremier Doug Ford speaks in Toronto on "
        "Monday. (Chris Young/The Canadian Press)\n\nPremier Doug Ford said Monday the province "
        'will widen the highway near Milton.\n\n"Drivers have waited long enough," Ford said.\n\n'
        "Story continues below\n\nWith files from The Canadian Press",
        '"Drivers have waited long enough,"',
        "Doug Ford", ("Ali Reza", "Chris Young", "Canadian Press")),
    Page(
        "Toronto police seek witnesses to Scarborough crash\n\nMarcus Bell\n"
        "CTV News Toronto Digital Journalist\n\n@mbellCTV Contact\n\n"
        "Published Monday, March 4, 2019 4:00PM EST\n\nToronto police are asking witnesses to "
        'come forward after a crash in Scarborough.\n\n"Someone saw something," Const. Laura '
        'Brooks told reporters.\n\nSHARE\n\nCLICK HERE',
        '"Someone saw something,"', "Laura Brooks", ("Marcus Bell", "CTV News Toronto")),
    Page(
        "Halifax council approves bike lanes\n\nBy Priya Sandhu Global News\n"
        "Posted March 3, 2019 4:00 pm\nUpdated March 3, 2019 5:12 pm\n\nHalifax council voted "
        'to build three new bike lanes on Tuesday.\n\n"This is a safer city for everyone," Mayor '
        "Mike Savage said.\n\nCyclists on Barrington Street. (Submitted by Colin May)\n\n"
        "WATCH: Council debates the plan\n\nSign up for our newsletter\n\n"
        "Comments are moderated and may take time to appear.",
        '"This is a safer city for everyone,"', "Mike Savage", ("Priya Sandhu", "Colin May")),
    Page(
        "Wildfire forces evacuation near Kamloops\n\nOwen Park, The Canadian Press\n\n"
        "KAMLOOPS, B.C. \u2014 Hundreds of residents fled a wildfire near Kamloops on Sunday.\n\n"
        '"The wind changed in minutes," fire information officer Karen Lutz said.\n\n'
        "Fire crews near Kamloops on Sunday. (Global News)\n\n"
        "This report by The Canadian Press was first published July 14, 2019.",
        '"The wind changed in minutes,"', "Karen Lutz", ("Owen Park", "Global News")),
    Page(
        "Senate passes farm bill\n\nLisa Hunt\nAssociated Press Writer\n\n"
        "WASHINGTON (AP) \u2014 The Senate passed a farm bill on "
        'Thursday after weeks of delay.\n\n"Farmers needed certainty," Sen. Debbie Stabenow '
        "said.\n\nFollow AP's coverage of Congress at https://apnews.com/hub/congress\n\n"
        "Copyright 2019 The Associated Press. All rights reserved.",
        '"Farmers needed certainty,"', "Debbie Stabenow", ("Lisa Hunt", "Associated Press", "AP")),
    Page(
        "Pipeline protest blocks rail line\n\nBy Rachel Kwan\nStaff Reporter\n\n"
        "Protesters blocked a rail line west of Belleville on Friday.\n\n"
        '"We will stay as long as it takes," organizer Tom Wright said.\n\n'
        "Rachel Kwan is a reporter based in Ottawa. Follow her on Twitter @rkwanstar\n\n"
        "Reach Rachel Kwan at rkwan@example.ca",
        '"We will stay as long as it takes,"', "Tom Wright", ("Rachel Kwan",)),
    Page(
        "Quebec to cap daycare fees\n\nJean Tremblay \u00b7 CBC News\n\nPosted: Sep 12, 2019 "
        "6:00 AM ET | Last Updated: September 12, 2019\n\n"
        "Quebec will cap daycare fees at $9 a day, Families "
        'Minister Mathieu Lacombe said Wednesday.\n\n"Parents told us the fees were too high,"'
        " Lacombe said.\n\nPhoto: Anne Ducharme/The Canadian Press\n\n"
        "\u2014 With files from Reuters",
        '"Parents told us the fees were too high,"', "Mathieu Lacombe",
        ("Jean Tremblay", "Anne Ducharme", "Reuters")),
    Page(
        "Calgary transit fares rise\n\nCassie Ng\nCalgary-based videojournalist\n\n"
        "Calgary transit fares will rise 25 cents in May, city "
        'officials said.\n\n"It is the first increase in four years," transit director Doug '
        "Morgan said.\n\n(THE CANADIAN PRESS/Jeff McIntosh)\n\nThe Canadian Press",
        '"It is the first increase in four years,"', "Doug Morgan",
        ("Cassie Ng", "Jeff McIntosh", "The Canadian Press", "THE CANADIAN PRESS")),
    Page(
        "Winnipeg school board cuts bus routes\n\nBrent Kowal \u00b7 CBC News \u00b7 Posted: "
        "Feb 11, 2019 7:30 PM CT\n\nThe Winnipeg School Division will cut six "
        'bus routes next year.\n\n"We had no choice," board chair Betty Edel said.\n\n'
        "This article was originally published by The Conversation.\n\nRead more:\n\n"
        "Advertisement",
        '"We had no choice,"', "Betty Edel", ("Brent Kowal", "The Conversation", "Conversation")),
    Page(
        "Trudeau defends carbon rebate\n\nBy Lena Ortiz \u00b7 Reporter\n\nPrime Minister Justin "
        'Trudeau defended the carbon rebate in Regina.\n\n"Families get more back than they pay,"'
        " Trudeau said.\n\nFollow Lena Ortiz on Twitter: @lortiz\n\nTrending",
        '"Families get more back than they pay,"', "Justin Trudeau", ("Lena Ortiz",)),
    Page(
        "Vancouver rents hit record\n\nHannah Cho\nVancouver-based reporter\n\nAverage rents in "
        'Vancouver hit a record in June.\n\n"People are leaving the city," housing advocate '
        "Ravi Gill said.\n\nHannah Cho covers housing for the Vancouver Sun.",
        '"People are leaving the city,"', "Ravi Gill", ("Hannah Cho", "Vancouver Sun")),
    Page(
        "Alberta budget posts surplus\n\nEDMONTON \u2014 Alberta posted a $3-billion surplus, "
        'Finance Minister Travis Toews said Thursday.\n\n"The province is back in the black,"'
        " Toews said.\n\nAlberta Finance Minister Travis Toews at the legislature on Thursday. "
        "(Global News)\n\nReach Sam Reid at sreid@example.ca",
        '"The province is back in the black,"', "Travis Toews",
        ("Global News", "Sam Reid")),
    Page(
        "New playground opens in Moncton\n\nA new accessible playground opened in Moncton on "
        'Saturday.\n\n"Every child can play here," parent Julie LeBlanc said.\n\n'
        "The playground on Saturday. (Submitted by Denise Cormier)\n\n"
        "Report Typo/Error",
        '"Every child can play here,"', "Julie LeBlanc", ("Denise Cormier",)),
    Page(
        "Ottawa snow clearing budget runs out\n\nOttawa has spent its snow-clearing budget, "
        'councillor Tim Tierney said.\n\n"It has been a brutal winter," Tierney said.\n\n'
        "Crews clear snow on Bank Street on Monday. (CBC)\n\n"
        "Comments may take up to an hour for moderation before appearing on the site.",
        '"It has been a brutal winter,"', "Tim Tierney", ("CBC",)),
    Page(
        "Bank of Canada holds rate\n\nOTTAWA (Reuters) - The Bank of Canada held its key rate "
        'on Wednesday.\n\n"Inflation is coming down," Governor Tiff Macklem said.\n\n'
        "Omar Haddad \u00b7 Reuters\n\nReporting by Julie Gordon; Editing by Mark Heinrich\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.",
        '"Inflation is coming down,"', "Tiff Macklem",
        ("Omar Haddad", "Julie Gordon", "Mark Heinrich", "Reuters")),
    Page(
        "Montreal metro line closes for repairs\n\nMontreal's orange line will close for two "
        'weekends, the transit agency said.\n\n"The tunnels are 50 years old," spokesperson '
        "Philippe Dery said.\n\n\u2014 Camille Roy, HuffPost Canada\n\nSocial Sharing",
        '"The tunnels are 50 years old,"', "Philippe Dery",
        ("Camille Roy", "HuffPost Canada")),
    Page(
        "Hamilton hospital adds beds\n\nHamilton Health Sciences will add 40 beds, its chief "
        'executive said.\n\n"We are seeing more patients every week," Rob MacIsaac said.\n\n'
        "Postmedia is committed to maintaining a lively but civil forum for discussion.\n\n"
        "We reserve the right to close comments at any time.",
        '"We are seeing more patients every week,"', "Rob MacIsaac", ("Postmedia",)),
    Page(
        "Regina water main break floods street\n\nA water main broke on Albert Street in Regina "
        'overnight.\n\n"We had crews there within the hour," city spokesperson Dana Kerr said.\n\n'
        "Click here to sign up for breaking news alerts\n\n"
        "Sign up to receive daily headline news from Global News Regina",
        '"We had crews there within the hour,"', "Dana Kerr", ("Global News Regina",)),
    Page(
        "Saskatoon man wins lottery\n\nNina Patel\nReporter, Saskatoon\n\nA Saskatoon man won "
        '$5 million in the lottery.\n\n"I checked the ticket five times," Gord Fehr said.\n\n'
        "Related Video\n\nLatest Stories\n\nMost Popular",
        '"I checked the ticket five times,"', "Gord Fehr", ("Nina Patel",)),
    Page(
        "Yukon mine reopens\n\nBy Ella Martin, National Post\n\nA gold mine near Dawson City "
        'reopened on Monday.\n\n"This means 200 jobs," Premier Ranj Pillai said.\n\n'
        "Ella Martin writes about resources for the National Post.",
        '"This means 200 jobs,"', "Ranj Pillai", ("Ella Martin", "National Post")),
    Page(
        "Fredericton library expands hours\n\nFredericton's public library will open on "
        'Sundays.\n\n"Families asked for it," librarian Marie Gallant said.\n\nShare\n\nEmail\n\n'
        "Print\n\nCopy link\n\nJordan Blake\nCBC News\n\nPosted: Apr 02, 2019 6:00 AM AT",
        '"Families asked for it,"', "Marie Gallant", ("Jordan Blake",)),
    Page(
        "Manitoba flood warning issued\n\nMia Rankin\nCBC News\n\nPosted: Apr 29, 2019 6:00 AM "
        "CT\n\nManitoba issued a flood warning for the Red River on "
        'Friday.\n\n"Water levels are rising fast," Infrastructure Minister Ron Schuler said.'
        "\n\nA home near the Red River on Friday. (Supplied)\n\nHandout\n\nTop Stories",
        '"Water levels are rising fast,"', "Ron Schuler", ("Mia Rankin",)),
    Page(
        "Kingston ferry back in service\n\nLeah Dunn\nKingston-based reporter\n\n"
        "The Wolfe Island ferry is back in service, the "
        'province said.\n\n"Islanders can get to work again," councillor Gary Oosterhof said.'
        "\n\nLeah Dunn is a Kingston-based reporter for CKWS. You can reach her at "
        "ldunn@example.ca\n\nAdvertisement\n\nStory continues below advertisement",
        '"Islanders can get to work again,"', "Gary Oosterhof", ("Leah Dunn",)),
    Page(
        "Nova Scotia raises minimum wage\n\nSara Blum\nStaff Writer\n\nMar 03, 2019 4:00 AM ET"
        "\n\nNova Scotia will raise its minimum wage in April, Labour Minister Jill Balser said."
        '\n\n"Workers deserve a fair wage," Balser said.\n\nWant to discuss? Please read our '
        "Commenting Policy first.",
        '"Workers deserve a fair wage,"', "Jill Balser", ("Sara Blum",)),
    Page(
        "London Ont. council freezes hiring\n\nLondon city council froze hiring on Tuesday."
        '\n\n"We need to hold the line," Mayor Josh Morgan said.\n\nHide caption\n\nToggle '
        "caption\n\nEnlarge this image\n\nRuth Hale \u00b7 The London Free Press\n\n"
        "Morgan at city hall on Tuesday. (Derek Ruttan/The "
        "London Free Press)",
        '"We need to hold the line,"',
        "Josh Morgan", ("Ruth Hale", "Derek Ruttan", "London Free Press")),
    Page(
        "Edmonton Oilers sign defenceman\n\nThe Edmonton Oilers signed a defenceman to a "
        'two-year deal.\n\n"He makes us harder to play against," general manager Ken Holland '
        "said.\n\nTina Moss, Global News\n\nRecommended for you\n\nSponsored Content",
        '"He makes us harder to play against,"', "Ken Holland", ("Tina Moss", "Global News")),
    Page(
        "Charlottetown to ban plastic bags\n\nCharlottetown council voted to ban plastic bags."
        '\n\n"Residents asked us to act," Mayor Philip Brown said.\n\nPublished Mar. 3, 2019 '
        "4:00 a.m. ET\n\nSara Kowal \u00b7 CBC News\n\nShare via Email\n\n"
        "Share this item on Facebook",
        '"Residents asked us to act,"', "Philip Brown", ("Sara Kowal", "CBC News")),
    Page(
        "Victoria opens cooling centres\n\nVictoria opened cooling centres as temperatures "
        'topped 35 C.\n\n"Check on your neighbours," Mayor Marianne Alto said.\n\n'
        "Mark Evans covers city hall for the Times Colonist.\n\nFollow him on Twitter: @mevans",
        '"Check on your neighbours,"', "Marianne Alto", ("Mark Evans", "Times Colonist")),
    Page(
        "Thunder Bay police add patrols\n\nThunder Bay police will add downtown patrols, the "
        'chief said.\n\n"People should feel safe downtown," Chief Darcy Fleury said.\n\n'
        "Most Read\n\nEditor's Picks\n\nKeira Stone\nCBC News\n\n"
        "Related Stories",
        '"People should feel safe downtown,"', "Darcy Fleury", ("Keira Stone",)),
    Page(
        "St. John's harbour cleanup begins\n\nGary Lock \u00b7 CBC News \u00b7 Posted: Jun 03, "
        "2023 6:00 AM NT\n\nA cleanup of St. John's harbour began on Monday."
        '\n\n"It has taken years to get here," Mayor Danny Breen said.\n\n'
        "Breen on the waterfront on Monday. (Paul Daly/The Canadian Press)\n\n"
        "Copyright 2023 The Canadian Press. All rights reserved.",
        '"It has taken years to get here,"',
        "Danny Breen", ("Gary Lock", "Paul Daly", "Canadian Press")),
    Page(
        "B.C. to end daylight time switch\n\nKim Nguyen\nHuffPost Canada\n\nVICTORIA \u2014 "
        "British Columbia will stop changing its clocks, Premier David Eby said Friday.\n\n"
        '"People are tired of it," Eby said.\n\nThis article originally appeared on HuffPost '
        "US.\n\nSave\n\n12 Comments",
        '"People are tired of it,"', "David Eby", ("Kim Nguyen", "HuffPost Canada", "HuffPost")),
    Page(
        "Ottawa unveils housing plan\n\nLeo Park\nParliamentary Reporter\n\nPublished March 4, "
        "2019\n\nOpen this photo in gallery:\n\nHousing Minister Sean Fraser in Ottawa on "
        "Monday. Blair Gable/The Globe and Mail\n\nThe federal government unveiled a housing "
        'plan on Monday.\n\n"We need to build faster," Housing Minister Sean Fraser said.\n\n'
        "Report an editorial error\n\nReport a technical issue",
        '"We need to build faster,"', "Sean Fraser",
        ("Leo Park", "Blair Gable", "Globe and Mail", "The Globe and Mail")),
)
