# Tutorial: the quarterly declaration of resources to the Caf (family benefits office). Plain English: one sentence per line.

caf-declaration-title = Caf: declare your resources every 3 months

caf-declaration-1-title = A declaration every 3 months
caf-declaration-1-text =
    Do you receive the RSA (« revenu de solidarité active », basic income support) or the « prime d'activité » (in-work benefit)?
    Then, every 3 months, you declare your resources to the Caf (family benefits office).
    Your resources are the money you receive.
    For example, a salary, unemployment benefit, a pension.
caf-declaration-1-image = A calendar.
caf-declaration-1-tip =
    Make the declaration as soon as the Caf asks for it.
    Without the declaration, your payments can stop.

caf-declaration-2-title = Log in to « Mon Compte » (My account)
caf-declaration-2-text =
    On the caf.fr website, tap « Mon Compte » (My account).
    Choose to log in with your Caf login details.
    Type your social security number and your password.
    Your number is the first 13 digits written on your « carte Vitale » (health insurance card).
    Tap the button to log in.
caf-declaration-2-image =
    A page of the Caf website.
    The « Mon Compte » button is circled.
caf-declaration-2-caution = The real Caf website is caf.fr.

caf-declaration-3-title = Open your mailbox
caf-declaration-3-text =
    The Caf then sends a secret code of 6 digits by e-mail.
    Keep the Caf page open.
    Open your mailbox in a new page, next to it.
    Open the e-mail from the Caf and write down the code.
caf-declaration-3-image = A tray for incoming mail.
caf-declaration-3-tip = If the Caf page closes, start the login again from the beginning.
caf-declaration-3-caution = The code works for 15 minutes only.

caf-declaration-3b-title = Type the code
caf-declaration-3b-text =
    Go back to the Caf page.
    Type the code, then confirm.
caf-declaration-3b-image = A key.
caf-declaration-3b-tip =
    On a phone, the « Caf - Mon Compte » app can recognise you.
    It uses your fingerprint or your face, with no code.
caf-declaration-3b-caution = Keep this code to yourself.

caf-declaration-4-title = Find the quarterly declaration
caf-declaration-4-text =
    In your account, look for the quarterly declaration of resources (« déclaration trimestrielle »).
    Quarterly means every 3 months.
    Tap the declaration to start it.
caf-declaration-4-image = A sheet of paper and a magnifying glass.
caf-declaration-4-tip =
    Do you depend on the MSA, the « Mutualité sociale agricole » (farming social security)?
    Then make this declaration with the MSA.

caf-declaration-5-title = Check the amounts for each month
caf-declaration-5-text =
    The declaration shows 3 months, one after the other.
    It shows the money received by each person in the household.
    The household is you and the people who live with you.
    Salaries and benefits are already filled in.
    Compare them with the line « montant net social » (net social amount) on your payslips.
    If an amount is wrong, correct it and send a proof.
caf-declaration-5-image = A sheet of paper with amounts.

caf-declaration-6-title = Add the missing money
caf-declaration-6-text =
    Some amounts are missing from the declaration, for example a « pension alimentaire » (maintenance payment).
    It is money paid by a former partner, often for the children.
    Money from work without a boss is missing too.
    Write these amounts in the right month, for every person.
caf-declaration-6-image = A pencil.
caf-declaration-6-tip =
    Declare small amounts too.
    You will avoid paying money back later.

caf-declaration-7-title = Confirm and keep the proof
caf-declaration-7-text =
    Read the amounts for each month again.
    Tap the button to confirm your declaration.
    A screen confirms that the Caf has received it.
    Keep this proof.
    Download it or take a photo of the screen.
caf-declaration-7-image = A sheet of paper with a seal.

caf-declaration-8-title = Well done!
caf-declaration-8-text =
    Your declaration for these 3 months is done.
    You will do it again in 3 months, when the Caf asks you.
    Remember: log in, the code from the e-mail, check, confirm.
    You now know how to make your quarterly declaration.
    Without the internet, there are other ways, by phone or in person.
caf-declaration-8-image = A hand with a thumbs up.
caf-declaration-8-caution = Keep your password and your codes to yourself, even on the phone.

caf-declaration-road-phone =
    By phone, call the Caf on 3230.
    The call costs the price of a normal call.
    Have your Caf number (« numéro d'allocataire ») ready.
caf-declaration-road-in-person =
    In person, go to your Caf office, often by appointment.
    A France Services centre can also help you, for free.
