# Tutorial: the Caf quarterly declaration of resources. Plain English: one sentence per line.

caf-declaration-title = Caf: declare your income every 3 months

caf-declaration-1-title = A declaration every 3 months
caf-declaration-1-text =
    Do you receive the RSA or the « prime d'activité » (in-work bonus)?
    Then every 3 months, you declare your income to the Caf.
    Your income is the money you receive.
    For example: a wage, unemployment benefit, a pension.
    The Caf works out your payments with this declaration.
caf-declaration-1-image = A calendar.
caf-declaration-1-tip = Make the declaration as soon as the Caf asks for it: otherwise, your payments can stop.

caf-declaration-2-title = Log in to « Mon Compte »
caf-declaration-2-text =
    On the caf.fr website, tap « Mon Compte » (My account).
    You can also use the « Caf - Mon Compte » app.
    Type your social security number and your password.
    Or tap the button « S'identifier avec FranceConnect » (Log in with FranceConnect).
    Sometimes, the Caf sends you a code: copy it.
caf-declaration-2-image = An arrow goes in through a door.
caf-declaration-2-caution = The real Caf website is caf.fr, and it is free.

caf-declaration-3-title = Find the quarterly declaration
caf-declaration-3-text =
    In your account, look for the quarterly declaration of resources.
    Quarterly means: every 3 months.
    A message often tells you that a declaration is waiting.
    Tap the declaration to start it.
caf-declaration-3-image = A sheet of paper and a magnifying glass.

caf-declaration-4-title = Check the amounts for each month
caf-declaration-4-text =
    The declaration shows 3 months, one after the other.
    It shows the money received by each person in the household.
    The household is you and the people who live with you.
    Often, the amounts are already written: compare them with your payslips.
    If an amount is wrong, correct it.
caf-declaration-4-image = A sheet of paper with amounts.
caf-declaration-4-tip = On your payslip, look at the line « montant net social » (net social amount).

caf-declaration-5-title = Add the money that is missing
caf-declaration-5-text =
    Some amounts are not written in advance.
    For example, child support or money from working for yourself.
    Write these amounts in the right month.
    Answer every question, for every person.
caf-declaration-5-image = A pencil.
caf-declaration-5-tip = Declare small amounts too: you will not have to pay money back later.

caf-declaration-6-title = Confirm and keep the proof
caf-declaration-6-text =
    Read the amounts for each month again.
    Tap the button to confirm your declaration.
    A screen tells you that the Caf has received it.
    Keep this proof: download it or take a photo of the screen.
caf-declaration-6-image = A sheet of paper with a seal.

caf-declaration-7-title = Well done!
caf-declaration-7-text =
    Your declaration for these 3 months is done.
    You will do it again in 3 months, when the Caf asks you.
    Remember: log in, check each month, confirm, keep the proof.
    You now know how to make your quarterly declaration.
caf-declaration-7-image = A hand with a thumbs up.
caf-declaration-7-caution = The Caf never asks for your password on the phone or by e-mail.
