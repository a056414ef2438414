# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/touch-screen.ftl). Draft: to be reviewed by a native speaker.

touch-screen-title = Usar una pantalla táctil

touch-screen-1-title = Tocar una vez
touch-screen-1-text =
    Una pantalla táctil reacciona a su dedo.
    Toque un botón una sola vez.
    Levante el dedo enseguida.
touch-screen-1-image = Un dedo toca un botón en una pantalla.
touch-screen-1-tip = Si no pasa nada, espere un poco antes de tocar otra vez.

touch-screen-2-title = Ver el resto de la página
touch-screen-2-text =
    En un teléfono, ponga el dedo en la pantalla.
    Deslice el dedo hacia arriba.
    La página sube y usted ve el resto.
    En esta máquina, toque el botón «Bajar».
touch-screen-2-image = Una mano se desliza hacia arriba en una pantalla.

touch-screen-3-title = Volver atrás
touch-screen-3-text =
    En un teléfono, busque la flecha que vuelve atrás.
    En una aplicación, suele estar arriba a la izquierda de la pantalla.
    En algunos teléfonos, también está abajo en la pantalla.
    Tóquela para volver a la pantalla anterior.
touch-screen-3-image = Una flecha que vuelve atrás.
touch-screen-3-tip = Si no hay flecha, deslice el dedo desde el borde izquierdo hasta el centro.

touch-screen-4-title = Escribir con el teclado de la pantalla
touch-screen-4-text =
    Para escribir, toque la casilla blanca.
    Aparece un teclado en la pantalla.
    Toque las letras una por una.
    Para practicar, escriba aquí una dirección de correo.
touch-screen-4-image = Un teclado con letras.

touch-screen-5-title = ¡Muy bien!
touch-screen-5-text =
    Ya sabe tocar, mover la página y escribir.
    Puede practicar en su teléfono.
touch-screen-5-image = Una mano con el pulgar hacia arriba.
touch-screen-5-caution = En un teléfono, no toque los anuncios que parpadean.
