"""Given names common in the UK and Ireland, for minutes that call people by their first name
alone ("Roger will write to the council", "Moira to send the council's reply"), as
community and parish councils often do. A word here is a person only where the minutes use it
as the doer of a task; a surname or a post is read elsewhere (`phrases._looks_like_doer`).
"""

from __future__ import annotations

GIVEN_NAMES = frozenset(
    """
    Aaron Abigail Adam Adrian Aileen Ailsa Alan Alastair Alexander Alex Alexandra Alice Alison Alistair Allan Amanda Amy
    Andrea Andrew Andy Angela Angharad Anita Ann Anna Anne Annette Anthony Antony Arthur Audrey Barbara Barry Ben Benjamin
    Bernard Beryl Beth Bethan Betty Bill Brenda Brian Bridget Bronwen Bruce Caitlin Calum Callum Carl Carol Carole Caroline
    Catherine Cath Cathy Charles Charlie Charlotte Cheryl Chris Christine Christopher Claire Clare Colin Craig Dafydd Daniel
    Danny Dave David Dawn Dean Debbie Deborah Declan Denise Dennis Derek Diana Diane Dominic Donald Donna Doreen Dorothy
    Douglas Duncan Dylan Eddie Edith Edward Eileen Elaine Eleanor Elizabeth Ellen Emily Emma Emlyn Eric Euan Eunice Ewan
    Fiona Frances Francis Frank Fraser Gail Gareth Gary Gavin Gemma Geoff Geoffrey George Georgina Geraint Gerald Gerry
    Gillian Glenys Glyn Gordon Graham Grant Gwen Gwyn Hamish Harry Hazel Heather Helen Henry Hilary Howard Hugh Huw Iain Ian
    Iona Irene Iris Isobel Jack Jackie Jacqueline James Jamie Jan Jane Janet Janice Jason Jean Jeff Jennifer Jenny Jeremy
    Jess Jessica Jill Jim Jo Joan Joanna Joanne Joe John Jon Jonathan Joseph Josephine Joyce Judith Judy Julia Julian Julie
    June Karen Kate Katherine Kathleen Kathryn Katie Keith Kenneth Kenny Kerry Kevin Kim Kirsty Lauren Laura Lesley Leslie
    Lindsay Linda Lisa Liz Lorna Lorraine Louise Lucy Lynn Lynne Malcolm Margaret Maria Marian Marie Marion Mark Martin
    Mary Matthew Maureen Megan Melanie Michael Michelle Mike Moira Morag Neil Nia Nicholas Nick Nicola Nicole Nigel Norma
    Norman Owain Owen Pamela Pat Patricia Patrick Paul Pauline Peter Phil Philip Phillip Rachel Ray Raymond Rebecca Rhian
    Rhys Richard Rob Robert Robin Roger Ronald Rosemary Ross Roy Ruth Ryan Sally Sam Samantha Sandra Sarah Scott Sean
    Sharon Sheena Sheila Shirley Simon Sian Sonia Stella Stephen Steve Steven Stuart Sue Susan Suzanne Suzie Terry Theresa
    Thomas Tim Timothy Tom Tony Tracey Tracy Trevor Valerie Vicky Victoria Vivienne Wendy William Yvonne
    Ken Ted Len Bob Reg Alf Stan Les Dan Greg Kath Bev Mel Val Pete Bryan Clive Glen Graeme Ivan Lee Mick Mervyn Neville Oliver Philippa Ralph Rod Roland Russell Sid Toby Vince Wayne Lawrie Gwyneth Hywel Iwan Rhodri Sioned Elin Eirian Carys Ffion Aled Gethin Ieuan Alun Meirion Morris Dilys Mair Olwen Eluned Tegwen Fergus Lachlan Murdo Rory Shona Kirsteen Mhairi Catriona Elspeth Agnes Jeanette Marjorie Sylvia Rita Vera Ivy Hilda Mavis Phyllis Edna
    Ron Ronnie Ros Rosie Don Max Maxine Dom Nat Viv Vic Nicky Mandy Bernie Gill Pam Bel Geraldine Avril
    Abbie Adele Adrienne Agatha Ainsley Alana Alasdair Alec Alfie Alfred Alicia Alma Alun Amelia Amos Angus Annabel
    Annie Antonia Archie Arlene Arnold Ashley Aubrey Barrie Beatrice Belinda Bernadette Bethany Beverley Blair Bradley
    Brendan Brett Bridie Brigid Bryony Callan Cameron Camilla Candice Carla Carmel Caron Carolyn Cecil Cecilia Celia
    Ceri Chloe Ciara Ciaran Clifford Colette Colm Connor Conor Corinne Cyril Daphne Darren Daryl Davina Deirdre Delyth
    Derrick Desmond Dianne Dolores Dominique Doris Dougie Dulcie Eamon Eamonn Edwin Eilidh Eira Eirlys Elen Elinor Elise
    Ella Eloise Elsie Emrys Enid Ernest Esme Estelle Esther Ethel Eugene Eve Evelyn Ewen Fay Faye Felicity Fenella
    Finlay Fionnuala Florence Freda Freddie Frederick Gaynor Gemma Gilbert Gladys Glenda Gloria Godfrey Gordon Gregor
    Gregory Gwynfor Gwilym Hannah Harold Harriet Harvey Hayley Hector Heidi Herbert Hester Hollie Horace Hubert Ianto
    Ifan Imogen Ingrid Isabel Isabella Isla Ivor Jacob Janine Jasmine Jayne Jeannie Jemima Jenna Jeremiah Jillian Joanne
    Jocelyn Jodie Johanna Jolyon Josh Joshua Judi Juliet Justin Kai Karin Karl Kathy Katrina Kay Kayleigh Keiran Kelly
    Kelvin Keri Kieran Kirstie Kyle Lance Larry Leah Leigh Leon Leonard Lewis Liam Lilian Lillian Lily Lindsey
    Lionel Llinos Lloyd Lois Lorne Luke Lydia Lyn Lynda Mabel Madeleine Maggie Mairi Maisie Marc Marcus Margo Marilyn
    Marjory Marlene Martha Martyn Matt Maurice Meg Meredith Mia Miles Millie Miriam Molly Mona Monica Muriel Myra Nadia
    Naomi Natalie Natasha Nathan Neal Niall Niamh Nina Noel Nora Norah Noreen Oonagh Oscar Paddy Paula Pauline Pearl
    Penny Percy Petra Phoebe Piers Polly Quentin Rae Rebekah Regina Rena Rex Rhiannon Rhona Rhonda Ricky Robbie Roderick
    Rodney Rona Rosalind Rosemarie Rowan Rowena Roxanne Rupert Ryan Sadie Sandy Sara Seamus Selina Seth Shane Shaun
    Shauna Shelagh Sheree Sherri Shona Sidney Siobhan Sophia Sophie Stacey Stanley Stefan Steph Stephanie Susanne
    Suzanne Sybil Tamsin Tania Tanya Teresa Tessa Thelma Tina Tobias Tommy Tristan Una Ursula Vanessa Verity Vernon
    Veronica Vincent Violet Vivian Walter Warren Wilfred Willie Winifred Xavier Yasmin Zoe Zara Einir Garffild Gwenda Morven Ishbel Seonaid Ruaridh Kirstin Innes Struan
    Mererid Eleri Manon Nerys Sioned Rhodri Iolo Emyr Dyfrig
    """.split()
)

# one member by a given name, and several ("Barbara, Chris & Ann"): who an "Action:" tag names in a community council's minutes
# (never a month's name: "Action: June" is a date)
GIVEN_NAME = "(?:" + "|".join(sorted(GIVEN_NAMES - {"January", "April", "May", "June", "July", "August"}, key=len, reverse=True)) + r")\b"
GIVEN_NAME_LIST = rf"{GIVEN_NAME}(?:\s*(?:,|&|\band\b)\s*{GIVEN_NAME})*"

# who an "Action:" label run on after a line's words may name: a post, initials, a member, a given name ("... on the Agenda
# Action: Clerk to forward the forms", never "Climate Action: Greenholme Together to plan ...", a body's name)
RUN_ON_DOER = (
    r"(?:[Tt]he\s+)?(?:(?:Parish|Town|Deputy|Assistant|Locum)\s+)?(?:Clerk|Chair(?:man|person|woman)?|Vice[- ]Chair(?:man)?|RFO|Treasurer|Secretary|Mayor)"
    r"|[A-Z]{2,4}(?:\s*(?:/|&|and)\s*[A-Z]{2,4}){0,3}|(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'\u2019-]{1,30}|" + GIVEN_NAME
)
# what follows such a label's word: its colon, who, then "to" and the errand (never a log's note that it is done, "Clerk to
# note completed")
RUN_ON_TASK = rf"\s*:\s*(?:{RUN_ON_DOER})\s+to\s+(?!note\s+(?:as\s+)?(?:completed?|done|closed)\b)[a-z]"
