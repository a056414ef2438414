# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/internet.ftl). Draft: to be reviewed by a native speaker.

internet-title = Internet y los sitios web

internet-1-title = Abrir el navegador
internet-1-text =
    Para entrar en internet, usted usa un navegador.
    El navegador es el programa que abre los sitios de internet.
    Se llama, por ejemplo, Chrome, Firefox, Safari o Edge.
    En un teléfono, toque su pequeña imagen para abrirlo.
internet-1-image = Una ventana de navegador de internet.
internet-1-tip = El navegador suele estar ya instalado en su teléfono.

internet-2-title = Escribir la dirección de un sitio
internet-2-text =
    Arriba en la pantalla, hay una casilla larga.
    Es la barra de direcciones.
    Toque esta casilla.
    Escriba la dirección del sitio, por ejemplo impots.gouv.fr.
    Toque la tecla que confirma, abajo en el teclado.
internet-2-image = Un globo terráqueo con las letras www.
internet-2-tip = En algunos teléfonos, la barra de direcciones está abajo en la pantalla.

internet-3-title = Reconocer un sitio del Estado
internet-3-text =
    Mire el final del nombre del sitio, en la barra de direcciones.
    Los sitios del Estado francés terminan en .gouv.fr.
    Por ejemplo: impots.gouv.fr o ants.gouv.fr.
    Un sitio que termina en .gouv.fr es de verdad del Estado.
internet-3-image = Un globo terráqueo con una marca de visto bueno.
internet-3-caution = Un sitio falso puede tener «gouv» en medio de su nombre.

internet-4-title = Conocer otros sitios oficiales
internet-4-text =
    Algunos servicios públicos tienen una dirección que termina solo en .fr.
    Estos sitios también son oficiales.
    Para la Assurance Maladie (seguro médico): ameli.fr.
    Para las ayudas familiares: caf.fr.
    Para el empleo: francetravail.fr.
internet-4-image = Edificios públicos.
internet-4-tip = Apunte estas direcciones en un papel para encontrarlas fácilmente.

internet-5-title = Mirar el candado
internet-5-text =
    Al lado de la dirección, busque un pequeño candado.
    El candado quiere decir que lo que usted envía va oculto por el camino.
    Nadie puede leerlo durante el viaje.
    Si ve «Non sécurisé» o «No seguro», no escriba nada en ese sitio.
internet-5-image =
    La parte de arriba de una página de internet.
    El pequeño candado, al principio de la dirección, está rodeado con un círculo.
internet-5-tip = En algunos navegadores, un pequeño dibujo de ajustes reemplaza al candado.

internet-6-title = Desconfiar aunque haya candado
internet-6-text =
    Los sitios falsos también tienen a menudo un candado.
    El candado no dice si el sitio es honrado.
    Compruebe siempre el nombre del sitio en la barra de direcciones.
    Para un servicio público, escriba usted mismo la dirección del sitio.
internet-6-image = Un candado con un signo de exclamación.
internet-6-caution =
    Un SMS es un mensaje escrito que llega al teléfono.
    Un enlace recibido por SMS puede abrir un sitio falso.

internet-7-title = ¡Muy bien!
internet-7-text =
    Ya sabe escribir la dirección de un sitio.
    Un sitio del Estado termina en .gouv.fr.
    También conoce ameli.fr, caf.fr y francetravail.fr.
    El candado oculta por el camino lo que usted envía.
    No dice si el sitio es honrado.
internet-7-image = Una mano con el pulgar hacia arriba.
