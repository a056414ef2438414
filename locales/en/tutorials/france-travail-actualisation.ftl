# Tutorial: the monthly update with France Travail. Plain English: one sentence per line.

france-travail-actualisation-title = France Travail: update your situation every month

france-travail-actualisation-1-title = An update every month
france-travail-actualisation-1-text =
    Are you looking for a job with France Travail?
    Every month, you must do your « actualisation » (monthly update).
    The update tells France Travail about your situation last month.
    Do it even if nothing has changed.
    The dates are written in your personal space.
france-travail-actualisation-1-image = A calendar.
france-travail-actualisation-1-tip = Do it at the start of the period: you will feel calmer.
france-travail-actualisation-1-caution = Without the update, your payments can stop: write down the dates.

france-travail-actualisation-2-title = Log in to your personal space
france-travail-actualisation-2-text =
    On the francetravail.fr website, look for the button « Se connecter » (Log in).
    Type your username and your password.
    The username is a code that identifies you.
    It is written on the letters from France Travail.
    You can also use the FranceConnect button.
france-travail-actualisation-2-image = An arrow goes in through a door.
france-travail-actualisation-2-tip = You can also use the France Travail app on your phone.

france-travail-actualisation-3-title = Tap « M'actualiser »
france-travail-actualisation-3-text =
    Your personal space is your account on the France Travail website.
    In this space, look for the button « M'actualiser » (Update my situation).
    Tap this button to start.
france-travail-actualisation-3-image = A finger taps a button.

france-travail-actualisation-4-title = Answer the questions
france-travail-actualisation-4-text =
    France Travail asks you questions about last month.
    Did you work?
    Did you follow a training course?
    Were you on sick leave?
    Answer « Oui » (Yes) or « Non » (No) to each question.
france-travail-actualisation-4-image = A speech bubble with a question mark.

france-travail-actualisation-5-title = If you worked
france-travail-actualisation-5-text =
    If you worked, type the number of hours for the month.
    Also type your gross pay.
    Your gross pay is written on your payslip.
france-travail-actualisation-5-image = A sheet of paper with amounts.
france-travail-actualisation-5-caution = If you forget some work, you may have to pay money back.

france-travail-actualisation-6-title = Confirm and keep the proof
france-travail-actualisation-6-text =
    Read your answers again.
    Tap the button to confirm.
    A message tells you that your update is saved.
    Keep this proof: download it or take a photo of the screen.
france-travail-actualisation-6-image = A sheet of paper with a seal.

france-travail-actualisation-7-title = Well done!
france-travail-actualisation-7-text =
    Your update for this month is done.
    Do it again next month, during the period shown.
    Remember: log in, « M'actualiser », answer, confirm.
    You now know how to do your monthly update.
france-travail-actualisation-7-image = A hand with a thumbs up.
france-travail-actualisation-7-tip = If you forgot, contact France Travail quickly.
france-travail-actualisation-7-caution = France Travail never asks for your password on the phone or by e-mail.
