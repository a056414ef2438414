# Tutorial: the monthly update with France Travail. Plain English: one sentence per line.

france-travail-actualisation-title = France Travail: update your situation every month

france-travail-actualisation-1-title = An update every month
france-travail-actualisation-1-text =
    Are you looking for a job with France Travail?
    Every month, you must do your « actualisation » (monthly update).
    The update tells France Travail about your situation last month.
    Do it even if nothing has changed.
france-travail-actualisation-1-image = A calendar.
france-travail-actualisation-1-caution =
    Without the update, your registration with France Travail ends.
    Your payments stop too.

france-travail-actualisation-1b-title = When to do the update
france-travail-actualisation-1b-text =
    You can do the update from the 28th of the month to the 15th of the next month.
    In February, it starts on the 26th.
france-travail-actualisation-1b-image = A calendar.
france-travail-actualisation-1b-tip =
    Do it at the start of the period.
    You will feel calmer.

france-travail-actualisation-2-title = Log in to your personal space
france-travail-actualisation-2-text =
    On the francetravail.fr website, tap the button to log in.
    Type your login (« identifiant ») and your password.
    The login is the number or the name that identifies you.
    It is written on France Travail documents.
    You can also use the FranceConnect button.
france-travail-actualisation-2-image = An arrow goes in through a door.
france-travail-actualisation-2-tip = You can also use the France Travail app « Mon espace » (My space) on your phone.

france-travail-actualisation-3-title = Start the update
france-travail-actualisation-3-text =
    Your personal space is your account on the France Travail website.
    In this space, look for the button with the word « actualiser » (update).
    Tap this button to start.
france-travail-actualisation-3-image =
    Your personal space on the France Travail website.
    The « Actualiser » (update) button is circled.

france-travail-actualisation-4-title = Answer the questions
france-travail-actualisation-4-text =
    France Travail asks you questions about last month.
    Did you work?
    Did you follow a training course?
    Were you on sick leave?
    Read each question carefully.
    Answer « Oui » (Yes) or « Non » (No) to each question.
france-travail-actualisation-4-image = A speech bubble with a question mark.

france-travail-actualisation-5-title = Say that you are still looking for a job
france-travail-actualisation-5-text =
    One question asks if you are still looking for a job.
    If you are still looking for a job, answer « Oui » (Yes).
    If you answer « Non » (No), your registration with France Travail ends.
    Your payments may then stop too.
france-travail-actualisation-5-image = A list with ticked boxes.
france-travail-actualisation-5-caution =
    Did you answer « Non » (No) by mistake?
    Call France Travail quickly on 3949.

france-travail-actualisation-6-title = If you worked
france-travail-actualisation-6-text =
    If you worked, type the number of hours for the month.
    Also type your gross pay.
    Your gross pay is written on your payslip.
france-travail-actualisation-6-image = A sheet of paper with amounts.
france-travail-actualisation-6-caution = If you forget some work, you may have to pay money back.

france-travail-actualisation-7-title = Confirm and keep the proof
france-travail-actualisation-7-text =
    Read your answers again, then tap the button to confirm.
    A message tells you that your update is saved.
    Keep this proof.
    Download it or take a photo of the screen.
france-travail-actualisation-7-image = A sheet of paper with a seal.
france-travail-actualisation-7-tip =
    After you confirm, you can no longer correct it online.
    To correct a mistake, call 3949 before the 15th of the month.

france-travail-actualisation-8-title = Well done!
france-travail-actualisation-8-text =
    Your update for this month is done.
    Do it again next month, from the 28th.
    Remember: log in, update, answer, confirm.
    Without the internet, there are other ways, by phone or in person.
france-travail-actualisation-8-image = A hand with a thumbs up.
france-travail-actualisation-8-tip = If you forgot your update, call France Travail quickly on 3949.
france-travail-actualisation-8-caution = Keep your password to yourself, even on the phone.

france-travail-actualisation-road-phone =
    By phone, call France Travail on 3949.
    You can do your update or correct a mistake.
france-travail-actualisation-road-in-person =
    In person, go to a France Travail agency or a France Services centre.
    Someone can help you.
