# Pas à pas — English. Translated from French (locales/fr/pasapas.ftl), in plain English:
# one idea per sentence, common words.

## Application

app-title = Pas à pas

## Welcome screen

welcome-title = Welcome
welcome-touch = Touch your language to start.
welcome-choose = Choose your language.
welcome-languages = Languages of this kiosk
welcome-forget = The kiosk forgets everything when you leave.
language-not-loaded = This language is not ready. Touch another language, or ask at the front desk.

## Home screen

home-title = What do you want to do?
home-intro = Touch a large button.
home-help = How to use the kiosk
home-agent = You can also ask a member of staff for help.

## Help: how to use the kiosk

help-title = How to use the kiosk
help-tap = Touch a button only once.
help-home = The « { toolbar-home } » button goes back to the start.
help-back = The « { toolbar-back } » button goes back to the screen before.
help-language = The « { toolbar-language } » button changes the language.
help-text-size = The « { toolbar-text-size } » button makes the letters bigger.
help-contrast = The « { toolbar-contrast } » button makes the screen easier to see.
help-read-aloud = The « { toolbar-read-aloud } » button reads every screen.
help-repeat = The « { toolbar-repeat } » button reads this screen again.
help-finish = The « { toolbar-finish } » button erases everything for the next person.
help-more = With very large letters, some buttons are put away. The « { toolbar-more } » button shows them.
help-forget = { $minutes ->
    [one] If nobody touches the screen for { $minutes } minute, the kiosk erases everything.
   *[other] If nobody touches the screen for { $minutes } minutes, the kiosk erases everything.
}

## Toolbar, at the top of every screen

toolbar-label = Kiosk buttons
toolbar-home = Home
toolbar-back = Back
toolbar-language = Language
toolbar-text-size = Text size
toolbar-text-size-state = { $percent ->
    [150] Large
    [200] Very large
   *[other] Normal
}
toolbar-contrast = High contrast
toolbar-read-aloud = Read aloud
toolbar-repeat = Listen to this screen
toolbar-finish = I have finished
toolbar-more = More buttons

## Language choice

language-title = Choose your language
dialog-close = Close

## I have finished: erase everything

finish-title = Have you finished?
finish-erase = The kiosk will erase everything.
finish-next = The next person will see nothing.
finish-confirm = Yes, erase everything
finish-cancel = No, I want to continue

## Nobody touches the screen

idle-title = Are you still there?
idle-touch = Touch the screen to continue.
idle-countdown = { $seconds ->
    [one] The kiosk erases everything in { $seconds } second.
   *[other] The kiosk erases everything in { $seconds } seconds.
}
idle-continue = I want to continue

## Read aloud

speech-no-voice = This kiosk cannot read aloud in this language.

## The kiosk restarts after a problem

restart-title = The kiosk is restarting.
restart-wait = Please wait a moment.
safe-title = The kiosk is out of order.
safe-line = Ask for help at reception.
safe-agent = For the agent: the kiosk stopped several times in a row. It tries again by itself. If this goes on, restart the PC and tell the technical team. Error:
safe-retry = Next try at { $time }.

## Unknown screen

notfound-title = This screen does not exist.
notfound-home = Go back to the home screen

## Tutorials: the list

home-tutorials = Learn step by step
tutorials-title = Learn step by step
tutorials-intro = Choose what you want to learn.
tutorials-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
theme-prendre-en-main-du-materiel = Using a device
theme-navigation-sur-internet = Going online
theme-email = E-mail
theme-prevention-en-securite-numerique = Staying safe
theme-aide-aux-demarches-administratives = Online procedures
theme-sante = Health
theme-insertion-professionnelle = Work
theme-reseaux-sociaux-communication = Keeping in touch

## Tutorials: one step

step-progress = Step { $step } of { $total }
step-nav-label = Change step
step-previous = Previous
step-next = Next
step-repeat = Listen again
step-tip = Tip:
step-caution = Be careful:
step-stuck = Are you stuck? Ask for help at reception.
step-done = You have finished.
step-print = Print these steps
step-list = See everything you can learn
step-unknown = This page does not exist.

## Sheet to take home

sheet-shown = Here is your sheet.
sheet-no-paper = No paper? Show this screen to a member of staff at reception.
sheet-date = Printed on { $date }.
sheet-help = Need help? Solidarité Numérique answers by phone on 01 70 772 372.
roads-title = You can also do it without the internet.
sheet-cautions = Be careful:

## On-screen keyboard

keyboard-label = Keyboard
keyboard-row-1 = 1 2 3 4 5 6 7 8 9 0
keyboard-row-2 = q w e r t y u i o p
keyboard-row-3 = a s d f g h j k l
keyboard-row-4 = z x c v b n m @ . - _
keyboard-space = Space
keyboard-erase = Delete

## Practice

practice-title = Try it yourself
practice-nothing-kept = This is only for practice. Nothing is sent. Nothing is kept.
practice-email-label = E-mail address for practice
practice-email-hint = For example: mary.smith@example.com
practice-email-empty = Touch the letters to write.
practice-email-space = An e-mail address has no spaces.
practice-email-missing-at = The @ sign is missing.
practice-email-bad-at = Write your name, then only one @ sign.
practice-email-missing-dot = After the @ sign, write something like example.com
practice-email-good = Well done! This address is written correctly.
practice-fc-choose = Choose an account to practice with:
practice-fc-account-impots = impots.gouv.fr
practice-fc-account-ameli = ameli.fr
practice-fc-example = To practice, type the login { $identifier } and the password { $password }.
practice-fc-identifier = Login
practice-fc-password = Password
practice-fc-show = Show the password
practice-fc-connect = Log in
practice-fc-wrong = Not quite yet. Look at the example.
practice-fc-good = Well done! You are logged in.
practice-attach-to = To:
practice-attach-address = mairie@exemple.fr
practice-attach-message = Hello, here is my document.
practice-attach-button = Attach a file
practice-attach-gallery = Your photos:
practice-attach-photo-bill = Photo of a bill
practice-attach-photo-certificate = Photo of a certificate
practice-attach-photo-id = Photo of an ID card
practice-attach-attached = File attached: { $name }
practice-attach-send = Send
practice-attach-need = First touch « Attach a file ».
practice-attach-sent = Well done! The message was sent with the photo.
practice-scam-real = Real message
practice-scam-scam = Scam
practice-scam-right = Right answer!
practice-scam-wrong = That is not right.
practice-scam-score = { $right ->
    [one] You got { $right } right answer out of { $total }.
   *[other] You got { $right } right answers out of { $total }.
}
practice-scam-1-from = Text message from: 06 12 34 56 78
practice-scam-1-text = Your parcel is blocked. Pay 1.99 euros on colis-suivi-livraison.info
practice-scam-1-why = A real delivery company never asks you to pay with a link in a text message.
practice-scam-2-from = E-mail from: ameli
practice-scam-2-text = There is a new document in your ameli account. Go to ameli.fr to read it.
practice-scam-2-why = This message does not ask you for anything. It tells you to go to the real website yourself.
practice-scam-3-from = E-mail from: carte-vitale-service@gmail.com
practice-scam-3-text = Your « carte Vitale » (health insurance card) expires tomorrow. Give your bank card details to keep it.
practice-scam-3-why = The « carte Vitale » is free. The Assurance Maladie (health insurance) never asks for your bank card.

## Up and down

scroll-label = Move the screen
scroll-up = Up
scroll-down = Down

## Find help near here

home-near = Find help near here
near-title = Find help near here
near-intro = Here are places that can help you. Places open now come first.
near-loading = The list of places is coming.
near-unavailable = The list of places is not available. Please ask at reception.
near-none = We have no place near here. Please ask at reception.
near-place-helps = This place can help you:
place-phone = Phone:
place-open = Open now.
place-open-until = Open now, until { $time }.
place-opens = Closed now. Opens on { $day } at { $time }.
place-opens-today = Closed now. Opens today at { $time }.
place-opens-tomorrow = Closed now. Opens tomorrow at { $time }.
place-hours-unknown = Opening hours: phone before you go.
place-itinerant = A travelling service. It comes on some days. Call first.
place-access-referral = When a social worker sends you
place-access-booking = By appointment, booked on the internet
place-access-mail = Send an e-mail before you come
place-access-phone = Call before you come
place-access-walk-in = Walk in, no appointment

## The kinds of help

orientation-get-equipped-title = Get a phone or a computer at a low price
orientation-do-it-with-a-professional-title = Do your procedure with a professional
orientation-do-it-for-me-title = Someone can do the procedure for you
orientation-learn-the-basics-title = Learn the basics, step by step
orientation-learn-online-procedures-title = Learn to do your procedures online
orientation-protect-yourself-title = Learn to protect yourself from scams
orientation-employment-title = Look for a job with the internet
orientation-go-on-alone-title = Carry on alone, with a computer
orientation-talk-to-someone-title = Talk to a person
orientation-other-procedure-title = France Services helps you with your other procedures

## Check my digital skills (questionnaire)

home-assessment = See where you are with digital tools
assessment-title = See where you are with digital tools
assessment-progress = Question { $number }
assessment-few-left = A few more questions.
assessment-last = This is the last question.
assessment-next = Next
assessment-skip = I do not want to answer
assessment-several = You can touch more than one answer.
assessment-answer-alone = Yes, on my own
assessment-answer-with-help = With help
assessment-answer-no = No
assessment-answer-dont-understand = I do not understand the question
assessment-reading = Is reading French easy for you?
assessment-reading-easy = It is easy
assessment-reading-hard = It is hard
assessment-reading-no = I do not read French
assessment-equipment = What do you have at home?
assessment-equipment-smartphone = A phone with a touch screen
assessment-equipment-basic-phone = A phone for calls only
assessment-equipment-computer = A computer
assessment-equipment-tablet = A tablet
assessment-equipment-none = None of these
assessment-internet = Do you have internet at home?
assessment-internet-yes = Yes
assessment-internet-phone-only = Only on my phone
assessment-internet-no = No
assessment-email = Do you have an e-mail address you can open?
assessment-email-yes = Yes
assessment-email-forgotten = I have one, but I cannot open it any more
assessment-email-no = No, I do not have one
assessment-goal = What do you want to do?
assessment-goal-caf = The Caf (family benefits)
assessment-goal-health = Health, ameli (health insurance)
assessment-goal-taxes = Taxes
assessment-goal-job = Work, France Travail (the public job service)
assessment-goal-papers = Papers: ID card, driving licence, car registration
assessment-goal-housing = Housing
assessment-goal-pension = My pension
assessment-goal-residence-permit = A residence permit
assessment-goal-school = My children's school
assessment-goal-keep-in-touch = Talk with my family
assessment-goal-learn-basics = Learn the basics
assessment-goal-something-else = Something else
assessment-switch-on = I can switch on a phone or a computer.
assessment-unlock = I can unlock my phone with my code.
assessment-touch-keyboard = I can touch the screen, or use the mouse and the keyboard.
assessment-wifi = I can connect to Wi-Fi.
assessment-open-website = I can go to a website, for example caf.fr.
assessment-official-site = I can tell if a website is an official one.
assessment-read-email = I can read my e-mails.
assessment-send-attachment = I can send an e-mail with a photo or a document.
assessment-passwords = I can find my passwords again.
assessment-passwords-secret = I keep my passwords to myself.
assessment-franceconnect = I can log in with FranceConnect.
assessment-fill-form = I can fill in an online form to the end.
assessment-scan-send = I can take a photo of a paper.
assessment-recognise-scam = I can spot a fake message.
assessment-preference = How do you like to learn or get help?
assessment-preference-alone = On my own, with a computer
assessment-preference-beside-me = With a person next to me
assessment-preference-workshop = In a group, in a class
assessment-preference-for-me = Someone does the procedure for me
assessment-trusted-person = Does someone you trust sometimes help you? For example your family or a neighbour.
assessment-trusted-person-yes = Yes
assessment-trusted-person-no = No, nobody
assessment-age = How old are you?
assessment-age-under-25 = Under 25
assessment-age-25-59 = 25 to 59
assessment-age-60-74 = 60 to 74
assessment-age-75-plus = 75 or older
assessment-disability = Does the place need to be adapted for you?
assessment-disability-deafness = I do not hear well
assessment-disability-low-vision = I do not see well
assessment-disability-motor = It is hard for me to move
assessment-disability-cognitive = It is hard for me to understand or remember

## The result

result-title = Your result
result-part = Page { $number } of { $total }
result-nav-label = Change page
result-keep = To keep
result-profile-discovering = I am just starting
result-profile-with-help = I manage with help
result-profile-almost-autonomous = I can almost do it alone
result-profile-intro = This is not a test score. It is to find the right help for you.
result-stars = { $stars ->
    [one] { $stars } star out of 3
   *[other] { $stars } stars out of 3
}
result-not-assessed = No question on this. We will talk about it with you.
result-group-basics = The basics
result-group-communicating = Communicating
result-group-procedures-and-safety = Procedures and safety
result-help = The right help for you
result-ask = Ask for:
result-documents = Bring:
result-places = Where to go:
result-no-place = Ask at reception where to go.
result-tutorials = To learn here, on this kiosk:
result-again = Start the questions again
orientation-get-equipped-ask = A second-hand phone or computer in good condition, and internet at a low price.
orientation-do-it-with-a-professional-ask = An appointment at France Services (a public service office). A professional does the procedure with you.
orientation-do-it-for-me-ask = A trained helper from Aidants Connect (an official State service) does the procedure for you, with your agreement.
orientation-learn-the-basics-ask = A class for beginners, with a digital adviser.
orientation-learn-online-procedures-ask = Support to learn how to do your procedures online.
orientation-protect-yourself-ask = A class about safety and scams.
orientation-employment-ask = Help to look for a job with the internet.
orientation-go-on-alone-ask = A computer for you, without an appointment. And more to learn on this kiosk.
orientation-talk-to-someone-ask = Say what you want to do. A person helps you find the right help.
orientation-other-procedure-ask = For example your pension, housing or a residence permit. Ask for an appointment.
orientation-documents-caf = Your social security number, an e-mail box you can open, your phone.
orientation-documents-health = Your « carte Vitale » (health insurance card), an e-mail box you can open, your phone.
orientation-documents-taxes = Your last tax notice, your last tax return, an e-mail box you can open, your phone.
orientation-documents-job = Your France Travail login (« identifiant »), your payslips, your phone.
orientation-documents-papers = Your old card or your driving licence, a bill with your address (water, electricity, phone), an ID photo.

## The ticket

ticket-print = Print my ticket
ticket-shown = Here is your ticket.
ticket-logins = Where I keep my login details
ticket-logins-advice = Write here where you keep them. Never write a password on this ticket.
ticket-helpline = Solidarité Numérique (a national help service for digital tools) helps you by phone on 01 70 772 372.
ticket-place-again = See above.
ticket-place-updated = Information from { $date }.
ticket-day-hours = { $day }: { $hours }
ticket-days-hours = { $first } to { $last }: { $hours }
ticket-place-hours = Opening hours:
ticket-lacks = I do not have:
ticket-goal = I came for:
orientation-lacks-home-internet = Internet at home (I only have internet on my phone).
orientation-lacks-internet = Internet at home.
orientation-lacks-device = A device: a phone, a computer or a tablet.
orientation-lacks-smartphone = A phone with internet (I have a phone for calls).
orientation-lacks-email = An e-mail address.
orientation-lacks-email-access = Access to my e-mail address.
orientation-lacks-trusted-person = Someone to help me at home.
orientation-lacks-reading = Reading French.
ticket-qr = This black and white square helps the agent. It does not contain your name.
ticket-for-agent = Pour l'agent, en français :
ticket-number = Pas à pas, ticket { $number }
ticket-group-stars = { $group }: { $stars }
ticket-pass-numerique = Ask at reception for a Pass numérique. It pays for classes.
result-pass-numerique = The town gives out Pass numérique vouchers. They pay for classes. Ask at reception.
sheet-qr = This black and white square opens these steps on a phone.

## Agent mode

agent-title = Agent mode
agent-loading = Loading…
agent-pin-label = Type your code.
agent-pin-typed = { $count ->
    [0] No digit typed.
    [one] 1 digit typed.
   *[other] { $count } digits typed.
}
agent-pin-erase = Erase
agent-pin-open = Open
agent-pin-too-short = { $max ->
    [one] The code has { $min } to { $max } digit.
   *[other] The code has { $min } to { $max } digits.
}
agent-pin-checking = Checking the code…
agent-pin-wrong = { $left ->
    [0] Wrong code. Agent mode is locked for 1 minute.
    [one] Wrong code. 1 more try before it locks.
   *[other] Wrong code. { $left } more tries before it locks.
}
agent-locked = Too many wrong codes. Agent mode is locked. Try again in { $minutes } min { $seconds } s.
agent-no-pin = Agent mode is closed: no code is set.
agent-no-pin-how = The person who installs the kiosk creates the code with the command « cargo xtask hash-pin ». They copy the result into the configuration file, in the [agent] section.
agent-leave = Go back to the home screen
agent-bar-label = Agent mode
agent-bar-closes = Closes by itself at { $time }.
agent-quit = Leave agent mode
agent-dashboard-title = What do you want to do?
agent-launch-title = Start a tutorial for a person
agent-launch-intro = In their language, at the right step. Or print their sheet.
agent-launch-which = Which tutorial?
agent-launch-language = In which language?
agent-launch-step = At which step?
agent-launch-step-before = Step before
agent-launch-step-after = Step after
agent-launch-start = Start for the person
agent-status-title = The kiosk: files, printer and voices
agent-status-intro = Configuration, list of places, test ticket.
agent-stats-title = The kiosk's figures
agent-stats-intro = Anonymous, by day. Table, charts, CSV export.

## The kiosk’s files (agent screen and check-config command)

report-config-title = The configuration file
report-config-ok = File read. No problem.
report-config-problems = { $count ->
    [one] File read with 1 problem. The kiosk uses the default setting instead:
   *[other] File read with { $count } problems. The kiosk uses the default settings instead:
}
report-config-missing = File missing (error { $status }). The kiosk uses the default settings.
report-config-unreachable = File out of reach: the server does not answer. The kiosk uses the default settings.
config-problem-syntax = Line { $line }: the file is written wrongly here. Details: { $detail }
config-problem-unknown-setting = Line { $line }: « { $setting } » is not a known setting. It is ignored. Check the spelling.
config-problem-wrong-type = Line { $line }: « { $setting } » must be { $expected ->
    [text] a text in quotation marks
    [number] a number
    [whole-number] a whole number
    [yes-no] true (yes) or false (no)
    [list] a list in square brackets
   *[table] a section in square brackets
}.
config-problem-out-of-range = Line { $line }: « { $setting } » must be between { $min } and { $max }.
config-problem-not-allowed = Line { $line }: « { $setting } » is { $value }. Possible values: { $allowed }.
config-problem-unknown-language = Line { $line }: « { $setting } »: the language « { $value } » does not exist on the kiosk. Possible languages: { $known }.
config-problem-default-not-enabled = Line { $line }: the default language « { $value } » must also be in « languages.enabled ».
config-problem-half-coordinates = Line { $line }: « { $setting } » is missing. Give both the latitude and the longitude, or neither.
config-problem-bad-address = Line { $line }: « { $setting } » is « { $value } ». Write a path that starts with / or an https:// address.
config-problem-empty-text = Line { $line }: « { $setting } » is empty.
config-problem-bad-pin-hash = Line { $line }: « { $setting } » is not a code encrypted by « cargo xtask hash-pin ». Agent mode stays closed.
config-problem-format-version = Line { $line }: format_version is { $found }. This kiosk reads version { $expected }.
config-problem-no-format-version = Line { $line }: add « format_version = 1 » at the top of the file.
config-problem-too-large = The file is { $size } KB. The kiosk reads up to { $limit } KB. It is not read: the default settings are in force.
check-config-web = { $address }: an address on the internet. Check it on the kiosk's agent screen.
check-config-problems = { $count ->
    [one] 1 problem to fix.
   *[other] { $count } problems to fix.
}
report-places-title = The list of places
report-places-kept = { $count ->
    [0] No place kept.
    [one] 1 place kept.
   *[other] { $count } places kept.
}
report-places-skipped = { $count ->
    [0] No line left out.
    [one] 1 line left out, because it does not follow the national data format.
   *[other] { $count } lines left out, because they do not follow the national data format.
}
report-places-closed = { $count ->
    [0] No place is closed to the public.
    [one] 1 place does not welcome the public: it is not shown.
   *[other] { $count } places do not welcome the public: they are not shown.
}
report-places-lines = Lines left out: { $lines }.
report-places-column = Column « { $column } »: { $count ->
    [one] 1 line.
   *[other] { $count } lines.
}
report-places-check = The command « cargo xtask check-config » gives the details of each line.
report-places-missing = File missing (error { $status }). People are sent to reception.
report-places-unreachable = File out of reach: the server does not answer. People are sent to reception.
report-places-reader-failed = File not read: the kiosk's places reader did not work. People are sent to reception. Details: { $detail }
report-places-unreadable = File cannot be read: the first line must give the columns of the national data format.
report-places-too-large = File too large: { $size } KB. The kiosk reads up to { $limit } KB. Keep only the places of your area.
report-places-semicolons = The columns are separated by « ; », as Excel saves them. The file is read all the same.
report-places-windows-1252 = The file is not UTF-8. It is read as Windows-1252, as Excel saves it. Save it as « CSV UTF-8 ».
report-places-hours = { $count ->
    [one] 1 place has opening hours to check: { $names }. The kiosk cannot find when it opens in the next 7 days.
   *[other] { $count } places have opening hours to check: { $names }. The kiosk cannot find when they open in the next 7 days.
}
report-places-not-csv = File cannot be read: the first line is not a line of CSV column names. Details: { $detail }
report-places-missing-columns = File cannot be read: required columns are missing from the first line. Add: { $columns }.
report-places-rows-not-read = { $count ->
    [one] 1 line cannot be read.
   *[other] { $count } lines cannot be read.
}
report-places-row-empty = Line { $line }: the column « { $column } » is empty. It is required.
report-places-row-pivot = Line { $line }: « pivot » is « { $value } ». Write the SIRET number (14 characters) or the SIREN number (9 characters).
report-places-row-postcode = Line { $line }: « code_postal » is « { $value } ». Write 5 digits.
report-places-row-date = Line { $line }: « date_maj » is « { $value } ». Write the date like this: 2024-03-31.
report-places-row-phone = Line { $line }: « telephone » is « { $value } ». Write the number with the country code, like this: +33123456789.
report-places-row-coordinates = Line { $line }: « latitude » is « { $latitude } » and « longitude » is « { $longitude } ». These are not coordinates.
report-places-row-unknown-value = Line { $line }: « { $column } » contains « { $value } ». This value is not in the national data format.
report-places-row-not-read = Line { $line }: the line cannot be read. Details: { $detail }
report-places-hours-unreadable = The opening hours of « { $name } » cannot be read. Details: { $detail }

## The kiosk without network (agent screen)

report-offline-title = The kiosk without network
report-offline-online = Network: connected now.
report-offline-offline = Network: no connection now.
report-offline-version = Kiosk version:
report-offline-ready = Every file of the kiosk is kept. It starts even without network.
report-offline-update-coming = A new version is on its way. It will be installed between two visits.
report-offline-update-waiting = A new version is ready. It will be installed between two visits.
report-offline-not-yet = The kiosk is keeping its files now. Without network, it cannot start yet.
report-offline-unsupported = This browser does not keep the files. Without network, the kiosk does not start.
report-origin-server = Copy in use: the server's, read on { $date }.
report-origin-kept = Copy in use: the one the kiosk kept on { $date }.
report-server-missing = The server does not have this file (error { $status }).
report-server-unreachable = The server does not answer.
report-server-damaged = The server's file is damaged. The kiosk does not take it.
report-voices-title = Voices
report-voices-intro = Each language is read with a voice of its own. Touch « Listen » to hear it.
report-voices-found = Voice: { $name }
report-voices-none = No voice for this language. The kiosk tells people so.
report-voices-listen = Listen
report-printer-title = The printer
report-printer-intro = Paper set to { $width } mm. Print a test ticket to check.
test-ticket-print = Print a test ticket
test-ticket-title = Test ticket
test-ticket-width = Paper width: { $width } mm.
test-ticket-works = You are reading this ticket: the printer works.

## The figures (agent screen)

stats-anonymous = These figures are anonymous. They count by day, never by person.
stats-corrupt = The old figures were damaged. They are put aside. The count has started again.
stats-corrupt-item = { $date }: { $problem }
stats-corrupt-not-json = The stored value is not JSON. Details: { $detail }
stats-corrupt-not-object = The stored value is { $found ->
    [null] empty (null)
    [boolean] a yes or no
    [number] a number
    [string] a text
   *[array] a list
}. A JSON object is needed.
stats-corrupt-format-version = The stored value has format_version { $found }. This kiosk reads version { $expected }.
stats-corrupt-shape = The stored value does not have the expected shape. Details: { $detail }
stats-corrupt-day = The day « { $day } » is not a real date.
stats-corrupt-kind = On { $day }, the stored value counts « { $kind } ». The kiosk does not count that.
stats-unreadable = The figures cannot be read right now. They are still kept. Try again later.
stats-waiting = Some figures are waiting to be filed. They will be added at the next start.
stats-period = Period
stats-last-7 = Last 7 days
stats-last-30 = Last 30 days
stats-visits-per-day = { $days ->
    [one] Visits per day, over { $days } day
   *[other] Visits per day, over { $days } days
}
stats-totals = { $days ->
    [one] All the figures, over { $days } day
   *[other] All the figures, over { $days } days
}
stats-column-day = Day
stats-column-count = Number
stats-column-what = What
stats-column-theme = Theme
stats-nothing-yet = Nothing yet.
stats-detail-language-chosen = Languages chosen
stats-detail-assessment-completed = Profiles at the end of the questions
stats-detail-card-issued = Help offered
stats-detail-tutorial-started = Tutorials started
stats-detail-tutorial-completed = Tutorials finished
stats-detail-themes = Tutorials by theme
stats-kind-session-started = Visits
stats-kind-language-chosen = Languages chosen
stats-kind-assessment-started = Questionnaires started
stats-kind-assessment-completed = Questionnaires finished
stats-kind-card-issued = Help offered
stats-kind-tutorial-started = Tutorials started
stats-kind-tutorial-completed = Tutorials finished
stats-kind-ticket-printed = Tickets printed
stats-kind-sheet-printed = Sheets printed
stats-kind-idle-reset = Resets when nobody touched the screen
stats-kind-finish-and-erase = « I have finished »: all erased
stats-kind-panic-recovered = Restarts after an error
stats-kind-agent-locked = Agent mode locks after 5 wrong codes
theme-unknown = Lesson removed from the kiosk
stats-download = Download the figures (CSV)
stats-erase = Erase the figures
stats-erase-title = Erase all the figures?
stats-erase-warning = All the days will be erased. You cannot undo this.
stats-erase-cancel = No, keep them
stats-erase-confirm = Yes, erase everything
