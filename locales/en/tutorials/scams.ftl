# Tutorial: recognise a scam. Plain English: one sentence per line.

scams-title = Recognise a scam

scams-1-title = Fake messages
scams-1-text =
    Thieves send fake messages to take your money.
    These messages come by text message (SMS) or by e-mail.
    A text message is a written message on your phone.
    They talk about a parcel, a fine or the « carte Vitale » (health insurance card).
    They sometimes send you to a fake website.
    The fake website looks very much like the real one.
scams-1-image = A phone with a message.

scams-2-title = The signs of a scam
scams-2-text =
    The message says it is urgent.
    The message contains a link, a blue or underlined text that opens a website.
    The message asks for your codes or your bank card.
    The sender seems strange.
    The sender is the person who sends the message.
scams-2-image = A triangle with an exclamation mark.
scams-2-caution = A public service never asks for your codes or your bank card in a message.

scams-3-title = Real message or scam?
scams-3-text =
    Here are three messages to practise.
    Read each message.
    Tap « Real message » or « Scam ».
    An explanation appears after your answer.
scams-3-image = A shield with a question mark.

scams-4-title = Do not tap the link
scams-4-text =
    Are you unsure about a message?
    Do not tap the link.
    Do not answer.
    Delete the message.
    To check, open the real website of the service yourself.
scams-4-image = A broken chain link.
scams-4-tip = You can also call the service on the number written on your papers.

scams-5-title = Report a fake text message
scams-5-text =
    You can report a fake text message to the number 33700.
    This service is free.
    Press and hold the message, then look for « Transférer » (Forward).
    Send the message to 33700.
    33700 answers you and asks for the sender's number.
    Send this number, then delete the message.
scams-5-image = A message with a forward arrow.

scams-6-title = The fake bank adviser
scams-6-text =
    Someone calls you and says they work for your bank.
    They talk about a strange payment on your account.
    They ask you to confirm an operation or to give a code.
    It is a scam, even if the number shown is your bank's number.
    Hang up, then call your bank yourself, on the number you know.
scams-6-image = A phone hanging up.
scams-6-caution = A real adviser never asks you to confirm an operation or to give a code.

scams-7-title = Did you give your bank card?
scams-7-text =
    Did you give your bank card or a code?
    Call your bank straight away to block your card.
    This is called « faire opposition » (stopping the card).
scams-7-image = A bank with columns.
scams-7-tip =
    You can also block the card on 0 892 705 705, day and night.
    This call is not free.
scams-7-caution = Every minute counts to protect your money.

scams-7b-title = Protect your accounts and keep the proof
scams-7b-text =
    Also change the passwords you gave.
    Keep the message you received, as proof.
scams-7b-image = A closed padlock.

scams-8-title = Get help after a scam
scams-8-text =
    After a scam on the internet, go to the website 17cyber.gouv.fr.
    It tells you what to do, day and night, for free.
    There, you can write to a police officer or a gendarme.
    You can also make a complaint to the police or the gendarmerie.
scams-8-image = A circle with a question mark.
scams-8-tip =
    Were purchases made on the internet with your card?
    After stopping the card, report them with the Perceval service, on service-public.fr.

scams-9-title = You know how to protect yourself
scams-9-text =
    Well done, you know how to recognise a scam.
    Be careful with urgent messages that contain a link.
    Keep your codes and your bank card to yourself.
    If in doubt, delete the message.
    Report fake text messages to 33700.
    After a scam, go to 17cyber.gouv.fr.
scams-9-image = A shield with a tick.

scams-road-phone =
    A fake text message or a fake call?
    Report it for free by text message to 33700.
scams-road-in-person =
    In person, go to your bank to block your card.
    Go to the police or the gendarmerie to make a complaint.
