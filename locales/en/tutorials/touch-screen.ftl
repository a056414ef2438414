# Tutorial: use a touch screen. Plain English: one sentence per line.

touch-screen-title = Use a touch screen

touch-screen-1-title = Tap once
touch-screen-1-text =
    A touch screen reacts to your finger.
    Tap a button only once.
    Lift your finger straight away.
touch-screen-1-image = A finger taps a button on a screen.
touch-screen-1-tip = If nothing happens, wait a little before you tap again.

touch-screen-2-title = See the rest of the page
touch-screen-2-text =
    On a phone, put your finger on the screen.
    Slide your finger up.
    The page moves up and you see the rest.
    On this kiosk, tap the « Down » button.
touch-screen-2-image = A hand slides up on a screen.

touch-screen-3-title = Go back
touch-screen-3-text =
    On a phone, look for the arrow that goes back.
    In an app, it is often at the top left of the screen.
    On some phones, it is also at the bottom of the screen.
    Tap it to go back to the screen before.
touch-screen-3-image = An arrow that goes back.
touch-screen-3-tip = If there is no arrow, slide your finger from the left edge of the screen to the middle.

touch-screen-4-title = Type with the screen keyboard
touch-screen-4-text =
    To type, tap the white box.
    A keyboard appears on the screen.
    Tap the letters one by one.
    For practice, type an e-mail address here.
touch-screen-4-image = A keyboard with letters.

touch-screen-5-title = Well done!
touch-screen-5-text =
    You can tap, scroll and type.
    You can practise on your phone.
touch-screen-5-image = A hand with a thumbs up.
touch-screen-5-caution = On a phone, do not tap flashing adverts.
