# Tutorial: read an e-mail and send one with an attachment. Plain English: one sentence per line.

email-send-title = Read and send an e-mail with a photo

email-send-1-title = Open the inbox
email-send-1-text =
    Open your mailbox on your phone or on a computer.
    The first page is called « Boîte de réception » (Inbox).
    It shows the messages you have received.
    The newest message is at the top of the list.
email-send-1-image = A tray for incoming mail.
email-send-1-tip = If a message does not arrive, look in the « Spam » or « Courrier indésirable » (Junk) folder.

email-send-2-title = Read a message
email-send-2-text =
    Messages you have not read yet are in bold, darker letters.
    Tap a message to open it.
    You see who sent it, its subject and its text.
    To go back to the list, tap the arrow that goes back.
email-send-2-image = An open envelope.
email-send-2-caution = A message that asks for your codes or for money is often a scam.

email-send-3-title = Start a new message
email-send-3-text =
    Look for the button to write a new message.
    In Gmail, it is called « Nouveau message » (New message).
    On other websites, its name changes a little.
    Tap this button.
    An empty page opens for writing.
email-send-3-image = An envelope with a plus sign.

email-send-4-title = Type the address and the subject
email-send-4-text =
    In the box « À » (To), type the e-mail address of the person.
    In the box « Objet » (Subject), type the subject in a few words.
    For example: « Ma facture d'électricité » (My electricity bill).
email-send-4-image = The at sign: @.
email-send-4-caution =
    Check the address letter by letter.
    With one mistake, the message may go to a stranger.

email-send-4b-title = Write the message
email-send-4b-text =
    In the big box, write your message.
    Start with « Bonjour » (Hello).
    End with your first name and your surname.
email-send-4b-image = A pencil writing.

email-send-5-title = Attach a photo or a paper
email-send-5-text =
    An attachment is a photo or a document added to the message.
    For example, a photo of a paper.
    To attach, tap the button with a paperclip.
    Choose the photo in your pictures.
    To try it here, tap « Attach a file », then choose a photo.
email-send-5-image =
    An e-mail being written.
    The button with a paperclip is circled.
email-send-5-tip = Take the photo with the paper lying flat, in plenty of light.

email-send-6-title = Send the message
email-send-6-text =
    The name of the photo appears in the message.
    This means the attachment is added.
    Tap the button « Envoyer » (Send).
    The message leaves straight away.
email-send-6-image = A paper plane.
email-send-6-tip = You can then find the message in the folder of sent messages.

email-send-7-title = Well done!
email-send-7-text =
    You can open and read your messages.
    You can write a new message.
    You can attach a photo with the paperclip.
    You can send the message with the button « Envoyer » (Send).
    You can send a paper to someone who asks you for it.
email-send-7-image = A hand with a thumbs up.
